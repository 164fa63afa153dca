package org.marsad.store.search;

import static org.marsad.store.index.StoreFields.*;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.index.StoredFields;

/**
 * Runs a user query against one point-in-time view of the index: BM25 over title (boosted) and text,
 * then a snippet of the text for each hit from the UnifiedHighlighter, which reads match offsets from
 * the postings.
 *
 * <p>Thread-safe given a searcher that is not closed while in use.
 */
public final class ArticleSearcher {

  /** Title matches count double: a headline hit says more about the article than one in passing. */
  static final float TITLE_BOOST = 2f;
  /** Snippets aim at about this many characters: a sentence or two. */
  static final int SNIPPET_CHARS = 200;
  /** Where the first match sits in a grown snippet: a third in, so the reader sees some lead-in. */
  static final float FRAGMENT_ALIGNMENT = 0.33f;

  private static final Set<String> HIT_FIELDS = Set.of(ID, SOURCE_ID, OUTLET, TITLE, PUBLISHED);

  private final Analyzer analyzer;
  private final UserQueryParser parser;

  public ArticleSearcher(Analyzer analyzer) {
    this.analyzer = analyzer;
    this.parser = new UserQueryParser(analyzer, Map.of(TITLE, TITLE_BOOST, TEXT, 1f));
  }

  public SearchResults search(IndexSearcher searcher, String input, int limit) throws IOException {
    return search(searcher, input, limit, SearchFilter.NONE);
  }

  /** As {@link #search(IndexSearcher, String, int)}, among the articles {@code filter} keeps. */
  public SearchResults search(IndexSearcher searcher, String input, int limit, SearchFilter filter)
      throws IOException {
    Query query = narrowed(parser.parse(input), filter);
    if (query == null || limit <= 0) {
      return query == null ? SearchResults.empty(input) : new SearchResults(input, searcher.count(query), List.of());
    }
    // Exact total (no early termination): cheap at our corpus sizes, and the CLI shows it.
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, null, Integer.MAX_VALUE));
    ScoreDoc[] docs = top.scoreDocs;
    int[] docIds = new int[docs.length];
    for (int i = 0; i < docs.length; i++) docIds[i] = docs[i].doc;
    Snippet[] snippets = highlighter(searcher).snippets(TEXT, query, docIds);
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>(docs.length);
    for (int i = 0; i < docs.length; i++) {
      Document doc = stored.document(docs[i].doc, HIT_FIELDS);
      hits.add(new SearchHit(
          doc.get(ID), doc.get(SOURCE_ID), doc.get(OUTLET), doc.get(TITLE), doc.get(PUBLISHED),
          docs[i].score, snippets[i]));
    }
    return new SearchResults(input, top.totalHits.value, hits);
  }

  /**
   * The query with the filter's outlet and day as non-scoring clauses, read from doc values (the facets'
   * own fields), so a facet count and the hits it narrows to agree. Snippets still highlight the words.
   */
  private static Query narrowed(Query query, SearchFilter filter) {
    if (query == null || filter.isNone()) return query;
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    if (filter.outlet() != null) {
      b.add(SortedDocValuesField.newSlowExactQuery(OUTLET, new BytesRef(filter.outlet())), BooleanClause.Occur.FILTER);
    }
    if (filter.day() != null) {
      long from = filter.day().toEpochDay() * FacetCounter.DAY_MILLIS;
      b.add(NumericDocValuesField.newSlowRangeQuery(PUBLISHED_ORDER, from, from + FacetCounter.DAY_MILLIS - 1),
          BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /** Counts over every article the query matches (see {@link SearchFacets}); null for a query of no words. */
  public SearchFacets facets(IndexSearcher searcher, String input, int maxIds) throws IOException {
    Query query = parser.parse(input);
    return query == null ? null : FacetCounter.count(searcher, query, maxIds);
  }

  private SnippetHighlighter highlighter(IndexSearcher searcher) {
    return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter())
        // Sentence passages grown or cut towards a readable length; Arabic full stops and
        // question marks are sentence ends for the JDK's root-locale iterator.
        .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
            BreakIterator.getSentenceInstance(Locale.ROOT), SNIPPET_CHARS, FRAGMENT_ALIGNMENT)));
  }
}
