package org.marsad.store.index;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/**
 * Counts, for many terms of one field at once, the live documents that have each term: the batch
 * form of one count query per term, reading each segment's term dictionary once.
 */
public final class LineKeyCounts {

  private LineKeyCounts() {}

  /**
   * Below this ratio of asked keys to a segment's distinct terms, seeking each key beats walking
   * the whole dictionary (a seek costs roughly a few term steps plus a block decode).
   */
  static final int SEEK_RATIO = 16;

  /** Adds to {@code counts}, for each key with at least one live document, how many have it. */
  public static void count(IndexReader reader, String field, Collection<String> keys,
      Map<String, Integer> counts) throws IOException {
    Map<BytesRef, String> wanted = null;
    BytesRef[] sorted = null;
    PostingsEnum postings = null;
    for (LeafReaderContext leaf : reader.leaves()) {
      Terms terms = leaf.reader().terms(field);
      if (terms == null) continue;
      Bits live = leaf.reader().getLiveDocs();
      TermsEnum te = terms.iterator();
      long size = terms.size(); // -1 when the codec does not know
      if (size >= 0 && (long) keys.size() * SEEK_RATIO < size) {
        if (sorted == null) sorted = sortedKeys(keys);
        for (BytesRef key : sorted) {
          if (!te.seekExact(key)) continue;
          postings = add(counts, key.utf8ToString(), te, live, postings);
        }
      } else {
        if (wanted == null) wanted = keyMap(keys);
        for (BytesRef term = te.next(); term != null; term = te.next()) {
          String key = wanted.get(term);
          if (key != null) postings = add(counts, key, te, live, postings);
        }
      }
    }
  }

  private static PostingsEnum add(Map<String, Integer> counts, String key, TermsEnum te, Bits live,
      PostingsEnum reuse) throws IOException {
    int n;
    if (live == null) {
      n = te.docFreq();
    } else {
      reuse = te.postings(reuse, PostingsEnum.NONE);
      n = 0;
      for (int doc = reuse.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = reuse.nextDoc()) {
        if (live.get(doc)) n++;
      }
    }
    if (n > 0) counts.merge(key, n, Integer::sum);
    return reuse;
  }

  private static Map<BytesRef, String> keyMap(Collection<String> keys) {
    Map<BytesRef, String> map = new HashMap<>(keys.size() * 2);
    for (String key : keys) map.put(new BytesRef(key), key);
    return map;
  }

  /** In term order (UTF-8 bytes), so consecutive seeks walk the dictionary forward. */
  private static BytesRef[] sortedKeys(Collection<String> keys) {
    BytesRef[] sorted = new BytesRef[keys.size()];
    int i = 0;
    for (String key : keys) sorted[i++] = new BytesRef(key);
    java.util.Arrays.sort(sorted);
    return sorted;
  }
}
