package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.ingest.ArticleJson;
import org.marsad.ingest.entities.EntityCatalog;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;

/** GET /api/search?q=: `marsad search --json`, plus facet counts over the hits returned. */
final class SearchRoutes {

  private final LiveData data;

  SearchRoutes(LiveData data) {
    this.data = data;
  }

  void register(Javalin app) {
    app.get("/api/search", this::search);
  }

  private void search(Context ctx) throws IOException {
    String q = Params.text(ctx, "q");
    if (q == null) throw ApiException.badRequest("?q is required: the words to look for");
    int limit = Params.intParam(ctx, "limit", Params.DEFAULT_LIMIT, 1, Params.MAX_LIMIT);
    SearchResults results = data.store().search(q, limit);
    Map<String, Object> m = ArticleJson.search(results);
    m.put("limit", limit);
    m.put("facets", facets(results.hits(), data.snapshot()));
    ctx.json(m);
  }

  /**
   * Counts over the hits returned: by outlet, by day of publication (unknown dates apart), and by the
   * type of the entities they name (an article counts once per type).
   */
  static Map<String, Object> facets(List<SearchHit> hits, Snapshot snap) {
    Map<String, Integer> outlets = new TreeMap<>();
    Map<String, Integer> days = new TreeMap<>();
    Map<String, Integer> types = new TreeMap<>();
    for (SearchHit h : hits) {
      if (h.outlet() != null) outlets.merge(h.outlet(), 1, Integer::sum);
      String day = h.published() == null ? "unknown" : h.published().substring(0, Math.min(10, h.published().length()));
      days.merge(day, 1, Integer::sum);
      Set<String> seen = new HashSet<>();
      for (String entity : snap.entityLinks().getOrDefault(h.id(), List.of())) {
        EntityCatalog.Row row = entity == null ? null : snap.entityById().get(entity);
        if (row != null && seen.add(row.type())) types.merge(row.type(), 1, Integer::sum);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("over", "hits");
    m.put("outlet", outlets);
    m.put("day", days);
    m.put("entity_type", types);
    return m;
  }
}
