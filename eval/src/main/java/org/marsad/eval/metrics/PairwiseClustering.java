package org.marsad.eval.metrics;

import java.util.Map;

/**
 * Pairwise precision, recall and F1 over unordered item pairs: a pair is positive when both items share a
 * cluster. Precision = pairs together in both / pairs together in the prediction; recall = pairs together in
 * both / pairs together in the gold (the pair-counting measures of e.g. Manning et al., IR book 16.3).
 *
 * <p>Counted from the contingency table: pairs together in both = Σ C(n(g,p), 2), predicted pairs =
 * Σ C(|p|, 2), gold pairs = Σ C(|g|, 2). With no predicted pair (all singletons) precision is 1 (nothing
 * was claimed); with no gold pair, recall is 1. Thread-safe (stateless).
 */
public final class PairwiseClustering {

  private PairwiseClustering() {}

  public static Prf score(Map<String, String> gold, Map<String, String> predicted) {
    Contingency c = Contingency.of(gold, predicted);
    long both = 0, predictedPairs = 0, goldPairs = 0;
    for (int n : c.cells.values()) both += Contingency.pairs(n);
    for (int n : c.predictedSizes.values()) predictedPairs += Contingency.pairs(n);
    for (int n : c.goldSizes.values()) goldPairs += Contingency.pairs(n);
    return Prf.of(Prf.ratio(both, predictedPairs), Prf.ratio(both, goldPairs));
  }
}
