package org.marsad.eval.metrics;

import java.util.Map;

/**
 * B-cubed precision, recall and F1 (Bagga and Baldwin 1998, "Algorithms for scoring coreference chains";
 * the per-item form Amigo et al. 2009 recommend for clustering).
 *
 * <p>For each item i, with P(i) its predicted cluster and G(i) its gold cluster:
 * precision(i) = |P(i) ∩ G(i)| / |P(i)| and recall(i) = |P(i) ∩ G(i)| / |G(i)|. Precision and recall are the
 * plain averages over all items (equal weights), and F1 their harmonic mean.
 *
 * <p>Computed from the contingency counts: the n(g,p) items of cell (g,p) each have precision n(g,p)/|p| and
 * recall n(g,p)/|g|, so precision = (1/N) Σ n(g,p)² / |p| and recall = (1/N) Σ n(g,p)² / |g|.
 * Thread-safe (stateless).
 */
public final class BCubed {

  private BCubed() {}

  /** @param gold item to gold cluster; @param predicted item to predicted cluster, over the same items */
  public static Prf score(Map<String, String> gold, Map<String, String> predicted) {
    Contingency c = Contingency.of(gold, predicted);
    if (c.items == 0) return Prf.of(1, 1);
    double precision = 0, recall = 0;
    for (Map.Entry<String, Integer> cell : c.cells.entrySet()) {
      double n = cell.getValue();
      precision += n * n / c.predictedSizes.get(c.predictedOf(cell.getKey()));
      recall += n * n / c.goldSizes.get(c.goldOf(cell.getKey()));
    }
    return Prf.of(precision / c.items, recall / c.items);
  }
}
