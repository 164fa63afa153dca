package org.marsad.eval.metrics;

import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * ROUGE-N and ROUGE-L, written from their definitions in Lin 2004, "ROUGE: A Package for Automatic Evaluation
 * of Summaries". Thread-safe (stateless).
 *
 * <p><b>ROUGE-N.</b> Against one reference: hits = Σ over n-grams of min(count in candidate, count in
 * reference) (clipped co-occurrence, Lin's Count_match); recall = hits / reference n-grams, precision =
 * hits / candidate n-grams.
 *
 * <p><b>ROUGE-L: summary level</b> (Lin 2004, section 3.2), not sentence level. For a reference of sentences
 * r_1..r_u (m words) and a candidate of sentences c_1..c_v (n words): hits = Σ_i |LCS∪(r_i, C)|, where
 * LCS∪(r_i, C) is the union of the r_i words on the longest common subsequence of r_i with each c_j;
 * recall = hits / m, precision = hits / n, F with β = 1 (plain F1; Lin's β is large, which makes F ≈ recall,
 * but the issue asks for F1). Lin's worked example is a unit test. When a pair of sentences has several LCS,
 * the backtrack below always takes the same one (a match first, then dropping a reference word, then a
 * candidate word), so the union is deterministic. As in ROUGE-1.5.5 (and as ROUGE-N's Count_match does), a
 * union hit is clipped by the candidate's token counts, per reference: a word the candidate holds once cannot
 * match in several reference sentences. The paper's formula leaves this out; without it ROUGE-L can exceed
 * ROUGE-1 (it did on EASC: 0.54 vs 0.50 for Lead).
 *
 * <p><b>Several references: pooled</b>, as Lin's equation (1) sums over the reference set and as
 * ROUGE-1.5.5's default model averaging (-f A) does: recall = Σ_refs hits / Σ_refs reference size,
 * precision = Σ_refs hits / (number of refs × candidate size). Not the max over references (Lin's
 * alternative) nor jackknifing (only needed to compare systems with humans on the same references).
 */
public final class Rouge {

  private Rouge() {}

  public static Prf n(int n, RougeText candidate, List<RougeText> references) {
    if (n < 1) throw new IllegalArgumentException("n must be >= 1: " + n);
    requireReferences(references);
    Map<String, Integer> cand = ngrams(candidate.tokens(), n);
    long candTotal = Math.max(0, candidate.size() - n + 1);
    long hits = 0, refTotal = 0;
    for (RougeText ref : references) {
      Map<String, Integer> r = ngrams(ref.tokens(), n);
      for (Map.Entry<String, Integer> e : r.entrySet()) {
        Integer c = cand.get(e.getKey());
        if (c != null) hits += Math.min(c, e.getValue());
      }
      refTotal += Math.max(0, ref.size() - n + 1);
    }
    return pooled(hits, refTotal, candTotal * references.size());
  }

  public static Prf l(RougeText candidate, List<RougeText> references) {
    requireReferences(references);
    long hits = 0, refTotal = 0;
    for (RougeText ref : references) {
      Map<String, Integer> left = counts(candidate.tokens());
      for (List<String> r : ref.sentences()) {
        BitSet union = unionPositions(r, candidate.sentences());
        for (int i = union.nextSetBit(0); i >= 0; i = union.nextSetBit(i + 1)) {
          Integer c = left.get(r.get(i));
          if (c != null && c > 0) {
            left.put(r.get(i), c - 1);
            hits++;
          }
        }
      }
      refTotal += ref.size();
    }
    return pooled(hits, refTotal, (long) candidate.size() * references.size());
  }

  /** |LCS∪(r, C)|: the number of positions of r on the LCS of r with at least one sentence of C. */
  public static int unionLcs(List<String> reference, List<List<String>> candidateSentences) {
    return unionPositions(reference, candidateSentences).cardinality();
  }

  private static BitSet unionPositions(List<String> reference, List<List<String>> candidateSentences) {
    BitSet union = new BitSet(reference.size());
    for (List<String> c : candidateSentences) lcsPositions(reference, c, union);
    return union;
  }

  private static Map<String, Integer> counts(List<String> tokens) {
    Map<String, Integer> out = new HashMap<>();
    for (String t : tokens) out.merge(t, 1, Integer::sum);
    return out;
  }

  /** Marks in {@code into} the positions of {@code a} on one longest common subsequence of a and b. */
  static void lcsPositions(List<String> a, List<String> b, BitSet into) {
    int m = a.size(), k = b.size();
    int[][] len = new int[m + 1][k + 1];
    for (int i = 1; i <= m; i++) {
      for (int j = 1; j <= k; j++) {
        len[i][j] = a.get(i - 1).equals(b.get(j - 1))
            ? len[i - 1][j - 1] + 1
            : Math.max(len[i - 1][j], len[i][j - 1]);
      }
    }
    int i = m, j = k;
    while (i > 0 && j > 0) {
      if (a.get(i - 1).equals(b.get(j - 1))) {
        into.set(i - 1);
        i--;
        j--;
      } else if (len[i - 1][j] >= len[i][j - 1]) {
        i--;
      } else {
        j--;
      }
    }
  }

  /** n-gram counts; an n-gram is its tokens joined by a space (tokens never hold whitespace). */
  static Map<String, Integer> ngrams(List<String> tokens, int n) {
    Map<String, Integer> out = new HashMap<>();
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i + n <= tokens.size(); i++) {
      sb.setLength(0);
      for (int k = 0; k < n; k++) {
        if (k > 0) sb.append(' ');
        sb.append(tokens.get(i + k));
      }
      out.merge(sb.toString(), 1, Integer::sum);
    }
    return out;
  }

  /** An empty side scores 0, not the vacuous 1: an empty summary must not look perfect. */
  private static Prf pooled(long hits, long refTotal, long candTotal) {
    double recall = refTotal == 0 ? 0 : (double) hits / refTotal;
    double precision = candTotal == 0 ? 0 : (double) hits / candTotal;
    return Prf.of(precision, recall);
  }

  private static void requireReferences(List<RougeText> references) {
    if (references == null || references.isEmpty()) throw new IllegalArgumentException("no reference");
  }
}
