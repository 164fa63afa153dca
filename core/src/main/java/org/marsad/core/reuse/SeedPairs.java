package org.marsad.core.reuse;

import java.util.Arrays;
import org.marsad.core.util.KeyChains;

/**
 * Where a target and a source share a seed: for each seed length, pairs (target word, source word) of the
 * first content word of an equal run of that many stem keys. Seeds too frequent in either text are left
 * out (see {@link #repeatLimit}), so single words that a text repeats often only count inside longer seeds. Arrays, not objects: a long pair can have tens of thousands.
 */
final class SeedPairs {

  static final int WORDS_PER_REPEAT = 1000;

  int[] target = new int[64];
  int[] source = new int[64];
  /** How many words seed i covers, on both sides. */
  int[] length = new int[64];
  int size;

  private SeedPairs() {}

  static SeedPairs find(ReuseText source, ReuseText target, int[] lengths, int maxRepeats) {
    SeedPairs out = new SeedPairs();
    for (int n : lengths) out.addSeeds(source, target, n, maxRepeats);
    return out;
  }

  /** Given seed pairs (target word, source word, length), for tests. */
  static SeedPairs of(int[] target, int[] source, int[] length) {
    SeedPairs out = new SeedPairs();
    for (int i = 0; i < target.length; i++) out.add(target[i], source[i], length[i]);
    return out;
  }

  private void addSeeds(ReuseText source, ReuseText target, int n, int maxRepeats) {
    int sourceGrams = source.wordCount() - n + 1;
    int targetGrams = target.wordCount() - n + 1;
    if (sourceGrams <= 0 || targetGrams <= 0) return;
    int sourceLimit = repeatLimit(source, maxRepeats);
    int targetLimit = repeatLimit(target, maxRepeats);
    KeyChains inSource = new KeyChains(sourceGrams);
    for (int k = 0; k < sourceGrams; k++) inSource.add(source.gramKey(k, n), k);
    KeyChains inTarget = new KeyChains(targetGrams);
    for (int k = 0; k < targetGrams; k++) inTarget.add(target.gramKey(k, n), k);
    for (int k = 0; k < targetGrams; k++) {
      long key = target.gramKey(k, n);
      int c = inSource.count(key);
      if (c == 0 || c > sourceLimit || inTarget.count(key) > targetLimit) continue;
      for (int e = inSource.first(key); e != KeyChains.NONE; e = inSource.next(e)) add(k, inSource.value(e), n);
    }
  }

  /**
   * How often a seed may occur in a text and still count: {@code maxRepeats}, or once per
   * {@value #WORDS_PER_REPEAT} words in a longer text. A word used 20 times in a 30,000-word book still
   * places a passage; 20 times in a news article it does not.
   */
  private static int repeatLimit(ReuseText text, int maxRepeats) {
    return Math.max(maxRepeats, text.wordCount() / WORDS_PER_REPEAT);
  }

  private void add(int t, int s, int n) {
    if (size == target.length) {
      target = Arrays.copyOf(target, size * 2);
      source = Arrays.copyOf(source, size * 2);
      length = Arrays.copyOf(length, size * 2);
    }
    target[size] = t;
    source[size] = s;
    length[size++] = n;
  }
}
