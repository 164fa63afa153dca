package org.marsad.core.entities;

import java.util.HashSet;
import java.util.Set;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * A fixed list of words in their matching form. The lists are written as Arabic is spelt (hamza, ة, ى) so
 * that they read naturally; normalizing them here keeps them comparable with normalized name tokens.
 */
final class WordList {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private WordList() {}

  /** The whitespace-separated {@code words}, each in {@link MatchNormalizer}'s form. */
  static Set<String> of(String words) {
    Set<String> out = new HashSet<>();
    for (String w : words.trim().split("\\s+")) out.add(NORMALIZER.normalize(w));
    return Set.copyOf(out);
  }
}
