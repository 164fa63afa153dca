package org.marsad.eval.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The overlap counts of a gold and a predicted clustering of the same items: n(g, p) items in gold cluster g
 * and predicted cluster p, plus each cluster's size. Every clustering metric here is a function of these
 * counts, so no metric ever walks item pairs (N = 448 gives 100k pairs; a week of news many more).
 */
final class Contingency {

  /** Key: gold cluster + '\u0000' + predicted cluster; labels may hold any other char. */
  final Map<String, Integer> cells = new HashMap<>();
  final Map<String, Integer> goldSizes = new HashMap<>();
  final Map<String, Integer> predictedSizes = new HashMap<>();
  final int items;

  private Contingency(int items) {
    this.items = items;
  }

  /**
   * @throws IllegalArgumentException when the two maps do not cluster exactly the same items, or an item has
   *     a null cluster: a metric over different item sets would silently mean nothing
   */
  static Contingency of(Map<String, String> gold, Map<String, String> predicted) {
    Objects.requireNonNull(gold, "gold");
    Objects.requireNonNull(predicted, "predicted");
    if (!gold.keySet().equals(predicted.keySet())) {
      throw new IllegalArgumentException("gold and predicted cluster different items: " + gold.size()
          + " gold, " + predicted.size() + " predicted");
    }
    Contingency c = new Contingency(gold.size());
    for (Map.Entry<String, String> e : gold.entrySet()) {
      String g = e.getValue();
      String p = predicted.get(e.getKey());
      if (g == null || p == null) throw new IllegalArgumentException("no cluster for item " + e.getKey());
      c.cells.merge(g + '\u0000' + p, 1, Integer::sum);
      c.goldSizes.merge(g, 1, Integer::sum);
      c.predictedSizes.merge(p, 1, Integer::sum);
    }
    return c;
  }

  String goldOf(String cellKey) {
    return cellKey.substring(0, cellKey.indexOf('\u0000'));
  }

  String predictedOf(String cellKey) {
    return cellKey.substring(cellKey.indexOf('\u0000') + 1);
  }

  /** n choose 2, as a long: the number of unordered pairs among n items. */
  static long pairs(long n) {
    return n * (n - 1) / 2;
  }
}
