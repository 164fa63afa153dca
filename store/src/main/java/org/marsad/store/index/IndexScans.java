package org.marsad.store.index;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Whole-index walks over doc values and matches, skipping deleted documents. Doc values are read
 * column by column, so these touch neither the stored text nor the spans.
 */
public final class IndexScans {

  private IndexScans() {}

  /** Called once per live matching document. */
  @FunctionalInterface
  public interface DocVisitor {
    void visit(LeafReaderContext leaf, int doc) throws IOException;
  }

  /** Visits every live document matching the query, leaf by leaf, in doc id order. */
  public static void forEachMatch(IndexSearcher searcher, Query query, DocVisitor visitor)
      throws IOException {
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      DocIdSetIterator it = scorer.iterator();
      for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
        if (live == null || live.get(doc)) visitor.visit(leaf, doc);
      }
    }
  }

  /** Visits every live document. */
  public static void forEachLive(IndexReader reader, DocVisitor visitor) throws IOException {
    for (LeafReaderContext leaf : reader.leaves()) {
      Bits live = leaf.reader().getLiveDocs();
      int max = leaf.reader().maxDoc();
      for (int doc = 0; doc < max; doc++) {
        if (live == null || live.get(doc)) visitor.visit(leaf, doc);
      }
    }
  }

  /** The single live document with this id, as a (leaf, doc) pair, or null. */
  public static LeafDoc findById(IndexSearcher searcher, String id) throws IOException {
    LeafDoc[] found = new LeafDoc[1];
    forEachMatch(searcher, new TermQuery(new Term(StoreFields.ID, id)),
        (leaf, doc) -> found[0] = new LeafDoc(leaf, doc));
    return found[0];
  }

  /** A document located in its leaf. */
  public record LeafDoc(LeafReaderContext leaf, int doc) {
    public int globalDoc() {
      return leaf.docBase + doc;
    }
  }

  /** Live documents per value of a sorted doc values field; "" counts the documents without one. */
  public static Map<String, Long> countByValue(IndexReader reader, String field) throws IOException {
    Map<String, Long> counts = new HashMap<>();
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
      long[] perOrd = new long[values.getValueCount()];
      long missing = 0;
      Bits live = leaf.reader().getLiveDocs();
      int max = leaf.reader().maxDoc();
      for (int doc = 0; doc < max; doc++) {
        if (live != null && !live.get(doc)) continue;
        if (values.advanceExact(doc)) perOrd[values.ordValue()]++;
        else missing++;
      }
      for (int ord = 0; ord < perOrd.length; ord++) {
        if (perOrd[ord] > 0) counts.merge(values.lookupOrd(ord).utf8ToString(), perOrd[ord], Long::sum);
      }
      if (missing > 0) counts.merge("", missing, Long::sum);
    }
    return counts;
  }

  /** Sum of a numeric doc values field over live documents. */
  public static long sum(IndexReader reader, String field) throws IOException {
    long total = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (live == null || live.get(doc)) total += values.longValue();
      }
    }
    return total;
  }

  /** Live documents that have a value in a sorted doc values field. */
  public static long countWithValue(IndexReader reader, String field) throws IOException {
    long total = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (live == null || live.get(doc)) total++;
      }
    }
    return total;
  }

  /** The value of a sorted doc values field for one document, or null. */
  public static String sortedValue(LeafReaderContext leaf, int doc, String field) throws IOException {
    SortedDocValues values = DocValues.getSorted(leaf.reader(), field);
    if (!values.advanceExact(doc)) return null;
    BytesRef value = values.lookupOrd(values.ordValue());
    return value.utf8ToString();
  }

  /** The value of a numeric doc values field for one document, or the fallback. */
  public static long numericValue(LeafReaderContext leaf, int doc, String field, long fallback)
      throws IOException {
    NumericDocValues values = DocValues.getNumeric(leaf.reader(), field);
    return values.advanceExact(doc) ? values.longValue() : fallback;
  }
}
