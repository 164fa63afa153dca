package org.marsad.core.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Projection clustering and region building on hand-made seeds (word positions, not text). */
class SeedClustersTest {

  private static SeedPairs seeds(int[][] pairs) {
    int[] t = new int[pairs.length], s = new int[pairs.length], len = new int[pairs.length];
    for (int i = 0; i < pairs.length; i++) {
      t[i] = pairs[i][0];
      s[i] = pairs[i][1];
      len[i] = pairs[i][2];
    }
    return SeedPairs.of(t, s, len);
  }

  private static List<Region> regions(SeedPairs seeds, int maxGap) {
    List<Region> out = new ArrayList<>();
    for (int[] c : SeedClusters.of(seeds, maxGap)) out.add(Region.of(c, seeds));
    out.sort((a, b) -> Integer.compare(a.targetFrom(), b.targetFrom()));
    return out;
  }

  /**
   * Target words 0-9 are source words 100-109 in reverse order (a shuffled block, no diagonal), target words
   * 50-59 are source words 10-19 in order, one word at 30 matches a stray source word 400. With a gap of 3:
   * three clusters, each block whole, every word of both blocks covered; the stray match is its own region.
   */
  @Test
  void shuffledBlockAndDiagonalStayWholeAndApart() {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < 10; i++) pairs.add(new int[] {i, 109 - i, 1});
    for (int i = 0; i < 10; i++) pairs.add(new int[] {50 + i, 10 + i, 1});
    pairs.add(new int[] {30, 400, 1});
    List<Region> r = regions(seeds(pairs.toArray(int[][]::new)), 3);
    assertEquals(List.of(new Region(0, 10, 100, 110, 10, 10), new Region(30, 31, 400, 401, 1, 1),
        new Region(50, 60, 10, 20, 10, 10)), r);
  }

  /**
   * A copy of source words 0-19 at target 0-19 with target words 8-11 rewritten (no seed there): a gap of
   * 4 words. With maxGap 4 it is one region covering 16 of 20 words a side (score 0.8); with maxGap 3 the
   * target cut makes two regions of 8 words each.
   */
  @Test
  void gapUpToMaxGapKeepsOnePassage() {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 0; i < 20; i++) if (i < 8 || i > 11) pairs.add(new int[] {i, i, 1});
    SeedPairs s = seeds(pairs.toArray(int[][]::new));
    assertEquals(List.of(new Region(0, 20, 0, 20, 16, 16)), regions(s, 4));
    assertEquals(0.8, regions(s, 4).get(0).score(), 1e-12);
    assertEquals(List.of(new Region(0, 8, 0, 8, 8, 8), new Region(12, 20, 12, 20, 8, 8)), regions(s, 3));
  }

  /**
   * A 3-word seed run over target 10-19 = source 10-19, plus single-word seeds: target 10 also matching source
   * 7 (the same word three words before the copy), and target 23 matching source 23, three unmatched words
   * after the run on both sides: within the gap of 4, so in the cluster. The first is dropped because a longer
   * seed already placed target word 10; the second is a lone match at the edge, and is trimmed. What is left
   * is the run itself.
   */
  @Test
  void longerSeedsWinAndLoneEdgeMatchesGo() {
    List<int[]> pairs = new ArrayList<>();
    for (int i = 10; i <= 17; i++) pairs.add(new int[] {i, i, 3});
    pairs.add(new int[] {10, 7, 1});
    pairs.add(new int[] {23, 23, 1});
    List<Region> r = regions(seeds(pairs.toArray(int[][]::new)), 4);
    assertEquals(List.of(new Region(10, 20, 10, 20, 10, 10)), r);
  }
}
