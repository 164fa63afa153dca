package org.marsad.core.reuse;

import java.util.Arrays;

/**
 * One seed cluster as content-word ranges [from, to) on both sides, with how many words of each range
 * its seeds cover.
 */
record Region(int targetFrom, int targetTo, int sourceFrom, int sourceTo, int targetCovered, int sourceCovered) {

  /** Unmatched words that isolate a matched word at a range's edge (see {@link #trimmed}). */
  static final int EDGE_GAP = 3;

  /**
   * The region of a cluster's seeds. Where a longer seed covers a word (on either side), shorter seeds on that
   * word are dropped first: a verbatim run already says where the word went, and a single-word seed pairing
   * it with the same word a few words away would only stretch the other side's range.
   */
  static Region of(int[] cluster, SeedPairs seeds) {
    int longest = 0;
    for (int id : cluster) longest = Math.max(longest, seeds.length[id]);
    int[] kept = cluster;
    if (longest > 1) {
      Region all = extent(cluster, seeds);
      boolean[] t = new boolean[all.targetTo - all.targetFrom];
      boolean[] s = new boolean[all.sourceTo - all.sourceFrom];
      int n = 0;
      for (int id : cluster) if (seeds.length[id] == longest) n += mark(id, seeds, all, t, s);
      if (n > 0) {
        int[] some = new int[cluster.length];
        int m = 0;
        for (int id : cluster) {
          boolean explained = t[seeds.target[id] - all.targetFrom] || s[seeds.source[id] - all.sourceFrom];
          if (seeds.length[id] == longest || !explained) some[m++] = id;
        }
        kept = Arrays.copyOf(some, m);
      }
    }
    Region r = extent(kept, seeds);
    boolean[] t = new boolean[r.targetTo - r.targetFrom];
    boolean[] s = new boolean[r.sourceTo - r.sourceFrom];
    for (int id : kept) mark(id, seeds, r, t, s);
    int[] tr = trimmed(t, EDGE_GAP);
    int[] sr = trimmed(s, EDGE_GAP);
    return new Region(r.targetFrom + tr[0], r.targetFrom + tr[1], r.sourceFrom + sr[0], r.sourceFrom + sr[1],
        count(t, tr), count(s, sr));
  }

  /**
   * [from, to) of the marks without isolated edge marks: a first (last) matched word followed (preceded) by
   * {@code gap} or more unmatched ones is dropped, repeatedly. Inside a passage a lone match is fine, at its
   * edge it is most often a chance match of a common word just outside the copy.
   */
  private static int[] trimmed(boolean[] marks, int gap) {
    int from = 0, to = marks.length;
    while (true) {
      int next = from + 1;
      while (next < to && !marks[next]) next++;
      if (next >= to || next - from - 1 < gap) break;
      from = next;
    }
    while (true) {
      int prev = to - 2;
      while (prev > from && !marks[prev]) prev--;
      if (prev <= from || to - 1 - prev - 1 < gap) break;
      to = prev + 1;
    }
    return new int[] {from, to};
  }

  private static int count(boolean[] marks, int[] range) {
    int n = 0;
    for (int i = range[0]; i < range[1]; i++) if (marks[i]) n++;
    return n;
  }

  /** The ranges the seeds span, nothing covered yet. */
  private static Region extent(int[] ids, SeedPairs seeds) {
    int tFrom = Integer.MAX_VALUE, tTo = 0, sFrom = Integer.MAX_VALUE, sTo = 0;
    for (int id : ids) {
      tFrom = Math.min(tFrom, seeds.target[id]);
      tTo = Math.max(tTo, seeds.target[id] + seeds.length[id]);
      sFrom = Math.min(sFrom, seeds.source[id]);
      sTo = Math.max(sTo, seeds.source[id] + seeds.length[id]);
    }
    return new Region(tFrom, tTo, sFrom, sTo, 0, 0);
  }

  /** Marks the words seed {@code id} covers, relative to {@code r}'s ranges; returns 1. */
  private static int mark(int id, SeedPairs seeds, Region r, boolean[] t, boolean[] s) {
    for (int k = 0; k < seeds.length[id]; k++) {
      t[seeds.target[id] - r.targetFrom + k] = true;
      s[seeds.source[id] - r.sourceFrom + k] = true;
    }
    return 1;
  }

  /** Share of both ranges' words that seeds cover. */
  double score() {
    return (targetCovered + sourceCovered) / (double) (targetTo - targetFrom + sourceTo - sourceFrom);
  }

  /** Whether {@code o}, starting on the target side no earlier than this, lies within {@code reach} words on both sides. */
  boolean isNear(Region o, int reach) {
    int sourceDistance = Math.max(o.sourceFrom - sourceTo, sourceFrom - o.sourceTo);
    return o.targetFrom - targetTo <= reach && sourceDistance <= reach;
  }

  /** The smallest region holding both; covered words add up, capped at the ranges' lengths. */
  Region join(Region o) {
    int tFrom = Math.min(targetFrom, o.targetFrom), tTo = Math.max(targetTo, o.targetTo);
    int sFrom = Math.min(sourceFrom, o.sourceFrom), sTo = Math.max(sourceTo, o.sourceTo);
    return new Region(tFrom, tTo, sFrom, sTo, Math.min(tTo - tFrom, targetCovered + o.targetCovered),
        Math.min(sTo - sFrom, sourceCovered + o.sourceCovered));
  }

  boolean overlapsOnTarget(Region o) {
    return targetFrom < o.targetTo && o.targetFrom < targetTo;
  }

  private static int count(boolean[] marks) {
    int n = 0;
    for (boolean m : marks) if (m) n++;
    return n;
  }
}
