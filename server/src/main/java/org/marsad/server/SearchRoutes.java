package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.marsad.ingest.ArticleJson;
import java.time.LocalDate;
import org.marsad.store.search.SearchFacets;
import org.marsad.store.search.SearchFilter;
import org.marsad.store.search.SearchResults;

/**
 * GET /api/search?q=[&outlet=][&day=yyyy-MM-dd]: `marsad search --json`, narrowed to one outlet and/or day
 * when asked, plus facet counts over every article the words match (not narrowed, so the other choices
 * stay visible).
 */
final class SearchRoutes {

  /** Matching articles whose entities are counted by type. */
  static final int MAX_ENTITY_TYPE_ARTICLES = 20_000;

  /** Search answers kept for reuse. */
  static final int CACHED_ANSWERS = 512;

  private final LiveData data;
  private final SearchCache cache = new SearchCache(CACHED_ANSWERS);

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
    String day = Params.date(ctx, "day");
    SearchFilter filter = new SearchFilter(Params.text(ctx, "outlet"), day == null ? null : LocalDate.parse(day));
    String key = limit + " " + filter.outlet() + " " + filter.day() + " " + q;
    long version = data.version();
    // "Cache-Control: no-cache" asks for an answer computed now (the benchmark's uncached phase does).
    boolean reuse = !String.valueOf(ctx.header("Cache-Control")).contains("no-cache");
    byte[] json = reuse ? cache.get(key, version) : null;
    if (json == null) {
      json = Json.MAPPER.writeValueAsBytes(answer(q, limit, filter));
      cache.put(key, version, json);
    }
    ctx.contentType(StoryRoutes.JSON).result(json);
  }

  private Map<String, Object> answer(String q, int limit, SearchFilter filter) throws IOException {
    SearchResults results = data.store().search(q, limit, filter);
    Map<String, Object> m = ArticleJson.search(results);
    m.put("limit", limit);
    if (filter.outlet() != null) m.put("outlet", filter.outlet());
    if (filter.day() != null) m.put("day", filter.day().toString());
    SearchFacets counts = data.store().facets(q, MAX_ENTITY_TYPE_ARTICLES);
    if (counts != null) m.put("facets", facets(counts, data.snapshot()));
    return m;
  }

  /**
   * Counts over every matching article: by outlet, by day of publication (with the number of unknown dates
   * apart), and by the type of the entities they name (an article counts once per type; over the first
   * {@link #MAX_ENTITY_TYPE_ARTICLES} matches in index order).
   */
  static Map<String, Object> facets(SearchFacets counts, Snapshot snap) {
    int[] perType = new int[Snapshot.ENTITY_TYPES.size()];
    for (String article : counts.ids()) {
      int bits = snap.entityTypesOfArticle().getOrDefault(article, 0);
      for (int t = 0; t < perType.length; t++) if ((bits & (1 << t)) != 0) perType[t]++;
    }
    Map<String, Integer> types = new TreeMap<>();
    for (int t = 0; t < perType.length; t++) if (perType[t] > 0) types.put(Snapshot.ENTITY_TYPES.get(t), perType[t]);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("outlet", counts.outlets());
    m.put("day", counts.days());
    m.put("unknown_day", counts.unknownDays());
    m.put("entity_type", types);
    m.put("entity_type_over", counts.ids().size());
    return m;
  }
}
