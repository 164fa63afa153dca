package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** GET /api/stories and GET /api/stories/{id}. */
final class StoryRoutes {

  static final String JSON = "application/json";

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
    List<StoryEntry> all = data.snapshot().stories();
    List<StoryEntry> matching = all;
    if (since != null || until != null || outlet != null || entity != null) {
      matching = new ArrayList<>();
      for (StoryEntry s : all) {
        if (since != null && (s.lastSeen() == null || day(s.lastSeen()).compareTo(since) < 0)) continue;
        if (until != null && (s.firstSeen() == null || day(s.firstSeen()).compareTo(until) > 0)) continue;
        if (outlet != null && !s.outlets().contains(outlet)) continue;
        if (entity != null && !s.names(entity)) continue;
        matching.add(s);
      }
    }
    ctx.contentType(JSON).result(StoryList.page(matching.size(), page, Paged.slice(matching, page)));
  }

  private void one(Context ctx) throws IOException {
    String id = Params.id(ctx.pathParam("id"), Params.STORY_ID, "story");
    StoryEntry story = data.snapshot().story(id);
    if (story == null) throw ApiException.notFound("no story with id " + id);
    if (story.id().equals(id)) {
      if (story.gzipped()) Gzipped.answer(ctx, story.json());
      else ctx.contentType(JSON).result(story.json());
      return;
    }
    // A merged id shows the story it was merged into, as `marsad story ID --json` does.
    @SuppressWarnings("unchecked")
    Map<String, Object> m = Json.MAPPER.readValue(story.plainJson(), LinkedHashMap.class);
    m.put("resolved_from", id);
    ctx.json(m);
  }

  private static String day(String date) {
    return date.length() > 10 ? date.substring(0, 10) : date;
  }
}
