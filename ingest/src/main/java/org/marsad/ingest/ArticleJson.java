package org.marsad.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.store.ArticleRow;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;
import org.marsad.store.search.Snippet;

/** JSON views of an article. Field names are documented in the README; keep them stable. */
public final class ArticleJson {
  private ArticleJson() {}

  /** The listing fields, shared by ingest, articles and search. */
  public static Map<String, Object> row(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("source_id", a.sourceId());
    m.put("outlet", a.outlet());
    m.put("url", a.url());
    m.put("title", a.title());
    m.put("published", a.published());
    m.put("published_from", a.publishedFrom().label());
    m.put("language", a.language());
    m.put("duplicate_of", a.duplicateOf());
    return m;
  }

  /** A row of `marsad articles`, read from the store's light fields. */
  public static Map<String, Object> listRow(ArticleRow r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", r.id());
    m.put("source_id", r.sourceId());
    m.put("outlet", r.outlet());
    m.put("title", r.title());
    m.put("published", r.published());
    m.put("language", r.language());
    m.put("duplicate_of", r.duplicateOf());
    m.put("format", r.format());
    return m;
  }

  /**
   * Everything: the original text and every span of the kinds asked for; start/end slice the text exactly.
   * {@code entityIds} holds the entity id of each ENTITY span in order (empty before stories are built).
   */
  public static Map<String, Object> full(Article a, Set<SpanKind> kinds, List<String> entityIds) {
    Map<String, Object> m = row(a);
    m.put("format", a.format());
    m.put("origin", a.origin());
    m.put("text", a.text());
    List<Map<String, Object>> spans = new ArrayList<>();
    int entity = 0;
    for (Span s : a.spans()) {
      String entityId = null;
      if (s.kind() == SpanKind.ENTITY) {
        entityId = entity < entityIds.size() ? entityIds.get(entity) : null;
        entity++;
      }
      if (!kinds.contains(s.kind())) continue;
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("kind", s.kind().label());
      o.put("start", s.start());
      o.put("end", s.end());
      if (s.note() != null) o.put("note", s.note());
      if (entityId != null) o.put("entity", entityId);
      spans.add(o);
    }
    m.put("spans", spans);
    return m;
  }

  /** `marsad search --json`: the query, the total and the hits with their snippets and highlights. */
  public static Map<String, Object> search(SearchResults r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", r.query());
    m.put("total", r.totalHits());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", h.id());
      o.put("source_id", h.sourceId());
      o.put("outlet", h.outlet());
      o.put("title", h.title());
      o.put("published", h.published());
      o.put("score", h.score());
      Snippet s = h.snippet();
      o.put("snippet", s == null ? null : s.text());
      List<int[]> marks = new ArrayList<>();
      if (s != null) for (Snippet.Highlight x : s.highlights()) marks.add(new int[] {x.start(), x.end()});
      o.put("highlights", marks);
      o.put("snippet_start", s == null ? null : s.start());
      hits.add(o);
    }
    m.put("hits", hits);
    return m;
  }
}
