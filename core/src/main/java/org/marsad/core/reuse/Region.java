package org.marsad.core.reuse;

/**
 * One seed cluster as content-word ranges [from, to) on both sides, with how many words of each range
 * its seeds cover.
 */
record Region(int targetFrom, int targetTo, int sourceFrom, int sourceTo, int targetCovered, int sourceCovered) {

  static Region of(int[] cluster, SeedPairs seeds) {
    int tFrom = Integer.MAX_VALUE, tTo = 0, sFrom = Integer.MAX_VALUE, sTo = 0;
    for (int id : cluster) {
      tFrom = Math.min(tFrom, seeds.target[id]);
      tTo = Math.max(tTo, seeds.target[id] + seeds.length[id]);
      sFrom = Math.min(sFrom, seeds.source[id]);
      sTo = Math.max(sTo, seeds.source[id] + seeds.length[id]);
    }
    boolean[] t = new boolean[tTo - tFrom];
    boolean[] s = new boolean[sTo - sFrom];
    for (int id : cluster) {
      for (int k = 0; k < seeds.length[id]; k++) {
        t[seeds.target[id] - tFrom + k] = true;
        s[seeds.source[id] - sFrom + k] = true;
      }
    }
    return new Region(tFrom, tTo, sFrom, sTo, count(t), count(s));
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
