package org.marsad.core.summary;

import java.util.Arrays;
import java.util.List;

/** Sparse-vector arithmetic over {@link Candidate} term ids (ascending int arrays). Stateless. */
final class TermVectors {

  private TermVectors() {}

  /** Turns a term-id sequence (with repeats, any order) into sorted unique ids plus their counts. */
  static int[][] countTerms(int[] ids, int n) {
    int[] sorted = Arrays.copyOf(ids, n);
    Arrays.sort(sorted);
    int unique = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) unique++;
    }
    int[] terms = new int[unique];
    int[] counts = new int[unique];
    int u = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || sorted[i] != sorted[i - 1]) terms[++u] = sorted[i];
      counts[u]++;
    }
    return new int[][] {terms, counts};
  }

  /**
   * Gives every candidate unit-length TF-IDF weights, with sentences as the documents: a term found in
   * most sentences of the story says little about which sentence is central. Sublinear tf (1 + ln tf) so
   * a repeated word does not dominate; idf = ln(1 + N / df), positive even for a term in every sentence.
   */
  static void weigh(List<Candidate> candidates, int vocabulary) {
    int[] df = new int[vocabulary];
    for (Candidate c : candidates) {
      for (int t : c.terms) df[t]++;
    }
    double n = candidates.size();
    for (Candidate c : candidates) {
      float[] w = new float[c.terms.length];
      double norm = 0;
      for (int i = 0; i < w.length; i++) {
        double v = (1 + Math.log(c.counts[i])) * Math.log(1 + n / df[c.terms[i]]);
        w[i] = (float) v;
        norm += v * v;
      }
      if (norm > 0) {
        float inv = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < w.length; i++) w[i] *= inv;
      }
      c.weights = w;
    }
  }

  /** The sum of all candidates' unit vectors, dense over the vocabulary. */
  static double[] centroid(List<Candidate> candidates, int vocabulary) {
    double[] sum = new double[vocabulary];
    for (Candidate c : candidates) {
      for (int i = 0; i < c.terms.length; i++) sum[c.terms[i]] += c.weights[i];
    }
    return sum;
  }

  /** Cosine of a unit-length candidate with a dense vector of the given norm. */
  static double cosine(Candidate c, double[] dense, double denseNorm) {
    if (denseNorm == 0) return 0;
    double dot = 0;
    for (int i = 0; i < c.terms.length; i++) dot += c.weights[i] * dense[c.terms[i]];
    return dot / denseNorm;
  }

  static double norm(double[] dense) {
    double s = 0;
    for (double v : dense) s += v * v;
    return Math.sqrt(s);
  }

  /** Jaccard overlap of the two candidates' term sets. */
  static double jaccard(Candidate a, Candidate b) {
    int shared = 0;
    int i = 0;
    int j = 0;
    while (i < a.terms.length && j < b.terms.length) {
      int d = Integer.compare(a.terms[i], b.terms[j]);
      if (d == 0) {
        shared++;
        i++;
        j++;
      } else if (d < 0) {
        i++;
      } else {
        j++;
      }
    }
    int union = a.terms.length + b.terms.length - shared;
    return union == 0 ? 0 : (double) shared / union;
  }

  /**
   * Whether Jaccard can reach {@code threshold} given the sizes alone: J <= min/max, so a short sentence
   * is never a near-copy of a long one and most pairs are rejected before any merge.
   */
  static boolean sizesAllow(Candidate a, Candidate b, double threshold) {
    int min = Math.min(a.terms.length, b.terms.length);
    int max = Math.max(a.terms.length, b.terms.length);
    return max > 0 && min >= threshold * max;
  }
}
