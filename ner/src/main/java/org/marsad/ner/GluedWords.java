package org.marsad.ner;

import org.marsad.core.normalize.MatchNormalizer;

/**
 * Finds two words glued by a missing space («الولاياتالمتحدة»), so the tagger can read them apart. A token is
 * split only when it is itself too rare to be listed and both halves are common words: a rare name does not
 * split into two common words by chance, while a glued pair of common words is exactly that.
 */
public final class GluedWords {

  /** Both halves must be among this many most frequent words. */
  static final int COMMON = 5000;
  static final int MIN_HALF = 3;

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private final WordRanks ranks;

  public GluedWords(WordRanks ranks) {
    this.ranks = ranks;
  }

  /**
   * Where to split {@code token} (a char index inside it), or -1 when it is not two glued words. Among the
   * possible splits, the one whose rarer half is the most common wins.
   */
  public int splitPoint(String token) {
    if (token.length() < 2 * MIN_HALF + 2 || ranks.rank(NORMALIZER.normalize(token)) >= 0) return -1;
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (int i = MIN_HALF; i <= token.length() - MIN_HALF; i++) {
      int a = commonRank(token.substring(0, i));
      int b = commonRank(token.substring(i));
      if (a < 0 || b < 0) continue;
      int worse = Math.max(a, b);
      if (worse < bestRank) {
        bestRank = worse;
        best = i;
      }
    }
    return best;
  }

  private int commonRank(String half) {
    String n = NORMALIZER.normalize(half);
    // A half that loses or gains chars in normalization (diacritics) cannot be mapped back one to one.
    if (n.length() != half.length()) return -1;
    int r = ranks.rank(n);
    return r >= 0 && r < COMMON ? r : -1;
  }
}
