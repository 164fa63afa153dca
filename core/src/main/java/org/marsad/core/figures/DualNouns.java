package org.marsad.core.figures;

import java.util.List;
import java.util.Map;

/**
 * Arabic counts two with the dual of the noun alone: «بينهم طفلان» is two children. Only duals that cannot
 * be read as a plural are listed («مدنيين» is also the plural, so it is not).
 */
final class DualNouns {
  private DualNouns() {}

  private static final Map<String, String> SINGULAR = Map.ofEntries(
      Map.entry("طفلان", "طفل"), Map.entry("طفلين", "طفل"), Map.entry("جنديان", "جندي"),
      Map.entry("جنديين", "جندي"), Map.entry("شخصان", "شخص"), Map.entry("شخصين", "شخص"),
      Map.entry("قتيلان", "قتيل"), Map.entry("قتيلين", "قتيل"), Map.entry("جريحان", "جريح"),
      Map.entry("جريحين", "جريح"), Map.entry("دولتان", "دوله"), Map.entry("دولتين", "دوله"),
      Map.entry("مدنيان", "مدني"));

  /** The singular of a dual noun, clitics allowed («وطفلان»), or null. */
  static String singular(String folded) {
    if (!folded.endsWith("ان") && !folded.endsWith("ين")) return null; // every dual ends so; most words do not
    for (String form : Clitics.forms(folded)) {
      String s = SINGULAR.get(form);
      if (s != null) return s;
    }
    return null;
  }

  /** A count of two at word {@code i} when it is a dual noun, or null. */
  static NumberReading read(List<Word> words, int i) {
    Word w = words.get(i);
    if (!w.isLetters() || singular(w.folded()) == null) return null;
    return new NumberReading(2, i, i + 1, w.start(), false, false, false);
  }
}
