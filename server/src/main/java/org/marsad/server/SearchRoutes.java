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
import org.marsad.store.search.SearchFacets;
import org.marsad.store.search.SearchResults;

/** GET /api/search?q=: `marsad search --json`, plus facet counts over every matching article. */
final class SearchRoutes {

  /** Matching articles whose entities are counted by type. */
  static final int MAX_ENTITY_TYPE_ARTICLES = 20_000;

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
    SearchFacets counts = data.store().facets(q, MAX_ENTITY_TYPE_ARTICLES);
    if (counts != null) m.put("facets", facets(counts, data.snapshot()));
    ctx.json(m);
  }

  /**
   * Counts over every matching article: by outlet, by day of publication (with the number of unknown dates
   * apart), and by the type of the entities they name (an article counts once per type; over the first
   * {@link #MAX_ENTITY_TYPE_ARTICLES} matches in index order).
   */
  static Map<String, Object> facets(SearchFacets counts, Snapshot snap) {
    Map<String, Integer> types = new TreeMap<>();
    for (String article : counts.ids()) {
      Set<String> seen = new HashSet<>();
      for (String entity : snap.entityLinks().getOrDefault(article, List.of())) {
        EntityCatalog.Row row = entity == null ? null : snap.entityById().get(entity);
        if (row != null && seen.add(row.type())) types.merge(row.type(), 1, Integer::sum);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outlet", counts.outlets());
    m.put("day", counts.days());
    m.put("unknown_day", counts.unknownDays());
    m.put("entity_type", types);
    m.put("entity_type_over", counts.ids().size());
    return m;
  }
}
