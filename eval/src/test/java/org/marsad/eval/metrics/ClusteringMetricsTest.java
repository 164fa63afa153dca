package org.marsad.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusteringMetricsTest {

  private static final double EPS = 1e-12;

  /** Gold: {a,b,c} and {d,e}. */
  private static final Map<String, String> GOLD =
      Map.of("a", "G1", "b", "G1", "c", "G1", "d", "G2", "e", "G2");

  @Test
  void bcubedOnASplitAndAMisplacedItem() {
    // Predicted {a,b} {c,d,e}.
    // Precision per item, |P(i) ∩ G(i)| / |P(i)|: a 2/2, b 2/2, c 1/3, d 2/3, e 2/3 -> (3 + 2/3) / 5 = 11/15.
    // Recall per item, |P(i) ∩ G(i)| / |G(i)|: a 2/3, b 2/3, c 1/3, d 2/2, e 2/2 -> (5/3 + 2) / 5 = 11/15.
    Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
    Prf s = BCubed.score(GOLD, pred);
    assertEquals(11.0 / 15, s.precision(), EPS);
    assertEquals(11.0 / 15, s.recall(), EPS);
    assertEquals(11.0 / 15, s.f1(), EPS);
  }

  @Test
  void bcubedOneBigCluster() {
    // Everything together: precision a,b,c 3/5, d,e 2/5 -> (9/5 + 4/5) / 5 = 13/25; recall 1 for all.
    // F1 = 2 * 0.52 * 1 / 1.52 = 0.68421...
    Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x");
    Prf s = BCubed.score(GOLD, pred);
    assertEquals(13.0 / 25, s.precision(), EPS);
    assertEquals(1.0, s.recall(), EPS);
    assertEquals(2 * 0.52 / 1.52, s.f1(), EPS);
  }

  @Test
  void bcubedAllSingletons() {
    // Singletons: precision 1 for every item; recall a,b,c 1/3, d,e 1/2 -> (1 + 1) / 5 = 0.4.
    Map<String, String> pred = Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5");
    Prf s = BCubed.score(GOLD, pred);
    assertEquals(1.0, s.precision(), EPS);
    assertEquals(0.4, s.recall(), EPS);
    assertEquals(2 * 0.4 / 1.4, s.f1(), EPS);
  }

  @Test
  void perfectClusteringScoresOneWhateverTheLabels() {
    Map<String, String> pred = Map.of("a", "q", "b", "q", "c", "q", "d", "r", "e", "r");
    assertEquals(new Prf(1, 1, 1), BCubed.score(GOLD, pred));
    assertEquals(new Prf(1, 1, 1), PairwiseClustering.score(GOLD, pred));
  }

  @Test
  void pairwiseCounts() {
    // Gold pairs: ab ac bc de = 4. Predicted {a,b} {c,d,e}: ab cd ce de = 4. Shared: ab, de = 2.
    Map<String, String> pred = Map.of("a", "x", "b", "x", "c", "y", "d", "y", "e", "y");
    Prf s = PairwiseClustering.score(GOLD, pred);
    assertEquals(0.5, s.precision(), EPS);
    assertEquals(0.5, s.recall(), EPS);
    assertEquals(0.5, s.f1(), EPS);

    // One big cluster: 10 predicted pairs, the 4 gold ones among them: P 0.4, R 1, F1 0.8 / 1.4.
    Prf big = PairwiseClustering.score(GOLD, Map.of("a", "x", "b", "x", "c", "x", "d", "x", "e", "x"));
    assertEquals(0.4, big.precision(), EPS);
    assertEquals(1.0, big.recall(), EPS);
    assertEquals(0.8 / 1.4, big.f1(), EPS);

    // Singletons claim no pair: precision vacuously 1, recall 0, F1 0.
    Prf single = PairwiseClustering.score(GOLD, Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5"));
    assertEquals(new Prf(1, 0, 0), single);
  }

  @Test
  void differentItemSetsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> BCubed.score(GOLD, Map.of("a", "x")));
    assertThrows(IllegalArgumentException.class, () -> PairwiseClustering.score(GOLD, Map.of("a", "x")));
  }
}
