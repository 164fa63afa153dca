package org.marsad.core.reuse;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Groups seed pairs into passages by their projections, not by diagonals: sort the seeds by target position
 * and cut wherever more than {@code maxGap} words pass without a seed; cut each piece the same way by source
 * position; repeat, alternating, until no piece is cut on either side. A verbatim copy is a diagonal run and
 * stays one piece; a word-shuffled or phrase-shuffled copy is a dense block, which diagonal chaining would
 * break up, and stays one piece too. Chance matches far from any passage end up in small pieces of their own.
 * (The alternating cuts follow the extension step of Sanchez-Perez et al., PAN 2014, there on sentences.)
 */
final class SeedClusters {

  private final SeedPairs seeds;
  private final int maxGap;
  private final List<int[]> out = new ArrayList<>();

  private SeedClusters(SeedPairs seeds, int maxGap) {
    this.seeds = seeds;
    this.maxGap = maxGap;
  }

  /** The clusters, each an array of seed indexes. */
  static List<int[]> of(SeedPairs seeds, int maxGap) {
    SeedClusters c = new SeedClusters(seeds, maxGap);
    int[] all = new int[seeds.size];
    for (int i = 0; i < all.length; i++) all[i] = i;
    // A work list, not recursion: a long text can be cut many times in a row.
    Deque<Piece> work = new ArrayDeque<>();
    if (all.length > 0) work.push(new Piece(all, true, false));
    while (!work.isEmpty()) c.split(work.pop(), work);
    return c.out;
  }

  /** @param otherSideWhole whether the last cut, on the other side, left this piece whole */
  private record Piece(int[] ids, boolean onTarget, boolean otherSideWhole) {}

  private void split(Piece piece, Deque<Piece> work) {
    int[] ids = piece.ids();
    boolean onTarget = piece.onTarget();
    int[] pos = onTarget ? seeds.target : seeds.source;
    long[] sorted = new long[ids.length];
    for (int i = 0; i < ids.length; i++) sorted[i] = ((long) pos[ids[i]] << 32) | ids[i];
    Arrays.sort(sorted);
    List<int[]> pieces = new ArrayList<>();
    int from = 0;
    int reach = (int) (sorted[0] >>> 32) + seeds.length[(int) sorted[0]];
    for (int i = 1; i <= sorted.length; i++) {
      int p = i < sorted.length ? (int) (sorted[i] >>> 32) : Integer.MAX_VALUE;
      int end = i < sorted.length ? p + seeds.length[(int) sorted[i]] : 0;
      if (i == sorted.length || p - reach > maxGap) {
        int[] cut = new int[i - from];
        for (int k = from; k < i; k++) cut[k - from] = (int) sorted[k];
        pieces.add(cut);
        from = i;
        reach = end;
      } else {
        reach = Math.max(reach, end);
      }
    }
    if (pieces.size() == 1 && piece.otherSideWhole()) {
      out.add(pieces.get(0));
      return;
    }
    for (int[] p : pieces) work.push(new Piece(p, !onTarget, pieces.size() == 1));
  }
}
