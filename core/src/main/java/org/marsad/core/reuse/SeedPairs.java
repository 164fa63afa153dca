package org.marsad.core.reuse;

import java.util.Arrays;

/**
 * Where a target and a source share a seed: pairs (target word, source word) of the first content word of
 * an equal run of {@code seedWords} stem keys. SeedPairs too frequent in either text are left out (see
 * {@link ReuseOptions#maxRepeats()}). Arrays, not objects: a long pair can have tens of thousands.
 */
final class SeedPairs {

  final int[] target;
  final int[] source;
  final int size;

  private SeedPairs(int[] target, int[] source, int size) {
    this.target = target;
    this.source = source;
    this.size = size;
  }

  static SeedPairs find(ReuseText source, ReuseText target, int n, int maxRepeats) {
    int sourceGrams = source.wordCount() - n + 1;
    int targetGrams = target.wordCount() - n + 1;
    if (sourceGrams <= 0 || targetGrams <= 0) return new SeedPairs(new int[0], new int[0], 0);
    KeyChains inSource = new KeyChains(sourceGrams);
    for (int k = 0; k < sourceGrams; k++) inSource.add(source.gramKey(k, n), k);
    KeyChains inTarget = new KeyChains(targetGrams);
    for (int k = 0; k < targetGrams; k++) inTarget.add(target.gramKey(k, n), k);
    int[] t = new int[64];
    int[] s = new int[64];
    int size = 0;
    for (int k = 0; k < targetGrams; k++) {
      long key = target.gramKey(k, n);
      int c = inSource.count(key);
      if (c == 0 || c > maxRepeats || inTarget.count(key) > maxRepeats) continue;
      for (int e = inSource.first(key); e != KeyChains.NONE; e = inSource.next(e)) {
        if (size == t.length) {
          t = Arrays.copyOf(t, size * 2);
          s = Arrays.copyOf(s, size * 2);
        }
        t[size] = k;
        s[size++] = inSource.value(e);
      }
    }
    return new SeedPairs(t, s, size);
  }
}
