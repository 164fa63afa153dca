package org.marsad.ner.clusters;

import java.util.HashMap;
import java.util.Map;

/**
 * Lends a rare word the vector of its form without a proclitic: وبحلب seen six times is mostly بحلب and
 * حلب, whose thousands of contexts say "city". The word keeps a share of its own vector that grows with
 * its count: {@code count / (count + PRIOR)}, so a frequent word is left as it is, and a word that only
 * looks prefixed (كيري is not ك + يري) is not pulled away by what its first letter hides.
 */
final class ProcliticBackoff {

  /** The article first, then the one-letter proclitics; the first whose stripped form qualifies wins. */
  static final String[] PREFIXES = {"ال", "و", "ف", "ب", "ل", "ك"};

  /** A word seen this often keeps half of its own vector. */
  static final double PRIOR = 20;

  private ProcliticBackoff() {}

  /** Mixes in place; returns how many words borrowed. */
  static int apply(float[] vectors, int dimensions, Vocabulary vocabulary) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < vocabulary.size(); i++) index.put(vocabulary.word(i), i);
    int borrowed = 0;
    // Rarest first: a lender is always more frequent, so its vector is still its own when lent.
    for (int i = vocabulary.size() - 1; i >= 0; i--) {
      int lender = lender(vocabulary, index, i);
      if (lender < 0) continue;
      float own = (float) (vocabulary.count(i) / (vocabulary.count(i) + PRIOR));
      int a = i * dimensions;
      int b = lender * dimensions;
      for (int d = 0; d < dimensions; d++) vectors[a + d] = own * vectors[a + d] + (1 - own) * vectors[b + d];
      Vectors.normalize(vectors, a, dimensions);
      borrowed++;
    }
    return borrowed;
  }

  /** The more frequent vocabulary word this one is with a proclitic removed, or -1. */
  private static int lender(Vocabulary vocabulary, Map<String, Integer> index, int i) {
    String word = vocabulary.word(i);
    for (String prefix : PREFIXES) {
      if (!word.startsWith(prefix) || word.length() - prefix.length() < 2) continue;
      Integer stripped = index.get(word.substring(prefix.length()));
      if (stripped != null && vocabulary.count(stripped) > vocabulary.count(i)) return stripped;
    }
    return -1;
  }
}
