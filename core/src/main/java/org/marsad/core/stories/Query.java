package org.marsad.core.stories;

import java.util.Arrays;

/**
 * One article as the candidate index compares it: its vector with the IDF of the moment, its salient terms
 * (name-like terms plus its rarest heavy terms) and its top terms (for blocking and duplicate keys).
 */
final class Query {

  static final int TOP = 10;
  static final int RARE = 5;

  final int[] ids;
  final double[] weights;
  final double[] idf;
  final double norm;
  final int[] salient;
  final int[] top;
  final long time;
  final String published;

  Query(ArticleTerms.Vector v, TermDictionary dict, long time, String published) {
    this.ids = v.ids();
    this.weights = v.weights();
    this.time = time;
    this.published = published;
    idf = new double[ids.length];
    double s = 0;
    for (int i = 0; i < ids.length; i++) {
      idf[i] = dict.idf(ids[i]);
      double x = weights[i] * idf[i];
      s += x * x;
    }
    norm = Math.sqrt(s);
    Integer[] order = new Integer[ids.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    Arrays.sort(order, (a, b) -> {
      double wa = weights[a] * idf[a], wb = weights[b] * idf[b];
      return wa != wb ? Double.compare(wb, wa) : Integer.compare(ids[a], ids[b]);
    });
    top = new int[Math.min(TOP, ids.length)];
    for (int i = 0; i < top.length; i++) top[i] = ids[order[i]];
    Arrays.sort(top);
    int[] rare = new int[Math.min(RARE, ids.length)];
    for (int i = 0; i < rare.length; i++) rare[i] = ids[order[i]];
    Arrays.sort(rare);
    salient = Group.union(rare, v.nameLike());
  }

  double idfOf(int id, TermDictionary dict) {
    int i = Arrays.binarySearch(ids, id);
    return i >= 0 ? idf[i] : dict.idf(id);
  }
}
