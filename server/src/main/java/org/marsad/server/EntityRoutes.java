package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.ingest.entities.EntityCatalog;

/** GET /api/entities and GET /api/entities/{id}. */
final class EntityRoutes {

  private static final List<String> TYPES = List.of("PER", "LOC", "ORG", "MISC");

  private final LiveData data;

  EntityRoutes(LiveData data) {
    this.data = data;
  }

  void register(Javalin app) {
    app.get("/api/entities", this::list);
    app.get("/api/entities/{id}", this::one);
  }

  /** As `marsad entities --json`, paged: named in the most stories first. */
  private void list(Context ctx) {
    Params.Page page = Params.page(ctx);
    String type = Params.text(ctx, "type");
    if (type != null) {
      type = type.toUpperCase(Locale.ROOT);
      if (!TYPES.contains(type)) throw ApiException.badRequest("?type takes PER, LOC, ORG or MISC");
    }
    List<EntityCatalog.Row> matching = new ArrayList<>();
    for (EntityCatalog.Row r : data.snapshot().entities()) if (type == null || type.equals(r.type())) matching.add(r);
    ctx.json(Paged.of(matching.size(), page, "entities", Paged.slice(matching, page)));
  }

  /** The entity's row, and the stories naming it oldest first, with its mentions in each. */
  private void one(Context ctx) {
    String id = Params.id(ctx.pathParam("id"), Params.ENTITY_ID, "entity");
    Snapshot snap = data.snapshot();
    EntityCatalog.Row row = snap.entityById().get(id);
    if (row == null) throw ApiException.notFound("no entity with id " + id);
    List<StoryEntry> stories = new ArrayList<>();
    for (String storyId : row.stories()) {
      StoryEntry s = snap.story(storyId);
      if (s != null) stories.add(s);
    }
    stories.sort(Comparator.comparing(StoryEntry::firstSeen, Comparator.nullsLast(Comparator.naturalOrder())));
    List<Map<String, Object>> appearances = new ArrayList<>();
    for (StoryEntry s : stories) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("story", s.id());
      m.put("title", s.title());
      m.put("first_seen", s.firstSeen());
      m.put("last_seen", s.lastSeen());
      m.put("mentions", s.mentionsOf(id));
      appearances.add(m);
    }
    Map<String, Object> m = Json.fields(row);
    m.put("appearances", appearances);
    ctx.json(m);
  }
}
