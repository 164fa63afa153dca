package org.marsad.core.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Term strings to dense ids (in first-seen order, so ids are deterministic) and their document frequencies,
 * counted online over the articles seen so far: IDF needs no second pass and no corpus known in advance.
 */
final class TermDictionary {

  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> terms = new ArrayList<>();
  private int[] df = new int[1024];
  /** ln(df + 1) per term and ln(documents + 1), kept current so that idf() costs no logarithm. */
  private double[] logDf = new double[1024];
  private double logDocs;
  private int documents;

  int id(String term) {
    Integer id = ids.get(term);
    if (id != null) return id;
    int next = terms.size();
    ids.put(term, next);
    terms.add(term);
    if (next >= df.length) {
      df = Arrays.copyOf(df, df.length * 2);
      logDf = Arrays.copyOf(logDf, df.length);
    }
    return next;
  }

  /** Counts one more document holding the given distinct term ids. */
  void addDocument(int[] distinctIds) {
    documents++;
    logDocs = Math.log(documents + 1.0);
    for (int id : distinctIds) logDf[id] = Math.log(++df[id] + 1.0);
  }

  /** Smoothed IDF, at least 1 so that a term every article has still counts a little. */
  double idf(int id) {
    return logDocs - logDf[id] + 1.0;
  }

  int documents() {
    return documents;
  }

  List<String> terms() {
    return List.copyOf(terms);
  }

  int[] df() {
    return Arrays.copyOf(df, terms.size());
  }

  static TermDictionary restore(int documents, List<String> terms, int[] df) {
    TermDictionary d = new TermDictionary();
    for (String t : terms) d.id(t);
    d.df = Arrays.copyOf(df, Math.max(1024, df.length));
    d.logDf = new double[d.df.length];
    for (int i = 0; i < d.df.length; i++) d.logDf[i] = Math.log(d.df[i] + 1.0);
    d.documents = documents;
    d.logDocs = Math.log(documents + 1.0);
    return d;
  }
}
