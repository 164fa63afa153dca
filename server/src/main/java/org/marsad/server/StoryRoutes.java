package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.entities.StoryEntity;
import org.marsad.ingest.stories.Story;

/** GET /api/stories and GET /api/stories/{id}. */
final class StoryRoutes {

  /** Entities a list item keeps (the most central); the full story has them all. */
  static final int LIST_ENTITIES = 8;

  private final LiveData data;

  StoryRoutes(LiveData data) {
    this.data = data;
  }

  void register(Javalin app) {
    app.get("/api/stories", this::list);
    app.get("/api/stories/{id}", this::one);
  }

  private void list(Context ctx) {
    Params.Page page = Params.page(ctx);
    String since = Params.date(ctx, "since");
    String until = Params.date(ctx, "until");
    String outlet = Params.text(ctx, "outlet");
    String entity = Params.id(Params.text(ctx, "entity"), Params.ENTITY_ID, "entity");
    Snapshot snap = data.snapshot();
    List<Story> matching = new ArrayList<>();
    for (Story s : snap.stories()) {
      if (since != null && (s.lastSeen() == null || day(s.lastSeen()).compareTo(since) < 0)) continue;
      if (until != null && (s.firstSeen() == null || day(s.firstSeen()).compareTo(until) > 0)) continue;
      if (outlet != null && !s.outlets().contains(outlet)) continue;
      if (entity != null && !names(s, entity)) continue;
      matching.add(s);
    }
    List<Map<String, Object>> items = new ArrayList<>();
    for (Story s : Paged.slice(matching, page)) items.add(listItem(s));
    ctx.json(Paged.of(matching.size(), page, "stories", items));
  }

  private void one(Context ctx) {
    String id = Params.id(ctx.pathParam("id"), Params.STORY_ID, "story");
    Story story = data.snapshot().story(id);
    if (story == null) throw ApiException.notFound("no story with id " + id);
    if (story.id().equals(id)) {
      ctx.json(story);
      return;
    }
    // A merged id shows the story it was merged into, as `marsad story ID --json` does.
    Map<String, Object> m = Json.fields(story);
    m.put("resolved_from", id);
    ctx.json(m);
  }

  /**
   * A story as a list shows it: the STORY fields up to its summary and its most central entities; the
   * long lists (timeline, quotes, figures, disagreements, reuse) are left out and counted.
   */
  static Map<String, Object> listItem(Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("storyline", s.storyline());
    m.put("first_seen", s.firstSeen());
    m.put("last_seen", s.lastSeen());
    m.put("outlets", s.outlets());
    m.put("articles", s.articles());
    m.put("summary", s.summary());
    m.put("merged_ids", s.mergedIds());
    m.put("entities", s.entities().subList(0, Math.min(LIST_ENTITIES, s.entities().size())));
    m.put("abridged", true);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("entities", s.entities().size());
    counts.put("timeline", s.timeline().size());
    counts.put("quotes", s.quotes().size());
    counts.put("figures", s.figures().size());
    counts.put("disagreements", s.disagreements().size());
    counts.put("reuse", s.reuse().size());
    m.put("counts", counts);
    return m;
  }

  private static boolean names(Story s, String entityId) {
    for (StoryEntity e : s.entities()) if (e.id().equals(entityId)) return true;
    return false;
  }

  private static String day(String date) {
    return date.length() > 10 ? date.substring(0, 10) : date;
  }
}
