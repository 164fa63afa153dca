package org.marsad.core.disagreements;

import org.marsad.core.normalize.MatchNormalizer;

/**
 * What a figure counts, as written: the last word of its phrase when that word is not part of the number
 * («ستة فلسطينيين» → فلسطين, «26 مجندا» → مجند), in matching form without the endings number agreement
 * changes; "" when the phrase is only a number («المئات»). Broken plurals (شخص / أشخاص) stay apart: a
 * missed comparison is better than a false alarm.
 */
final class CountedNoun {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private CountedNoun() {}

  static String of(String figure) {
    String[] words = figure.strip().split("\\s+");
    String last = NORMALIZER.normalize(words[words.length - 1]);
    if (words.length < 2 || last.isEmpty() || Character.isDigit(last.charAt(0))) return "";
    if (last.equals("الاقل")) return words.length > 3 ? of(String.join(" ", java.util.Arrays.copyOf(words, words.length - 2))) : "";
    return stem(last);
  }

  /** Number agreement changes the ending (عشر دول / 11 دولة, ستة فلسطينيين / 11 فلسطينيا): compare without it. */
  private static final String[] ENDINGS = {"يين", "يون", "ين", "ون", "ات", "يا", "ا", "ه", "ي"};

  static String stem(String noun) {
    for (String e : ENDINGS) {
      if (noun.endsWith(e) && noun.length() - e.length() >= 3) return noun.substring(0, noun.length() - e.length());
    }
    return noun;
  }
}
