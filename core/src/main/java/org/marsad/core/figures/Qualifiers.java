package org.marsad.core.figures;

import java.util.List;

/**
 * Finds the hedge just before a number: «أكثر من», «ما يزيد على» (more_than), «ما لا يقل عن» (at_least),
 * «نحو», «حوالي», «قرابة», «زهاء», «ما يقارب» (about), «أقل من» (less_than); and after it, «على الأقل»
 * (at_least) and «تقريبا» (about). Phrases are folded
 * ({@link ArabicFold}) and the first word may carry a conjunction «و».
 */
final class Qualifiers {
  private Qualifiers() {}

  private record Phrase(String[] words, String name) {}

  // longer phrases first: «ما لا يقل عن» must win over a shorter one ending the same way
  private static final List<Phrase> PHRASES = List.of(
      new Phrase(new String[] {"ما", "لا", "يقل", "عن"}, Qualifier.AT_LEAST),
      new Phrase(new String[] {"ما", "يزيد", "علي"}, Qualifier.MORE_THAN),
      new Phrase(new String[] {"ما", "يزيد", "عن"}, Qualifier.MORE_THAN),
      new Phrase(new String[] {"ما", "يربو", "علي"}, Qualifier.MORE_THAN),
      new Phrase(new String[] {"ما", "يقارب"}, Qualifier.ABOUT),
      new Phrase(new String[] {"ما", "يناهز"}, Qualifier.ABOUT),
      new Phrase(new String[] {"اكثر", "من"}, Qualifier.MORE_THAN),
      new Phrase(new String[] {"اقل", "من"}, Qualifier.LESS_THAN),
      new Phrase(new String[] {"نحو"}, Qualifier.ABOUT),
      new Phrase(new String[] {"حوالي"}, Qualifier.ABOUT),
      new Phrase(new String[] {"قرابه"}, Qualifier.ABOUT),
      new Phrase(new String[] {"زهاء"}, Qualifier.ABOUT),
      new Phrase(new String[] {"يناهز"}, Qualifier.ABOUT));

  /** The qualifier ending right before word {@code first}, or null. */
  static Qualifier before(List<Word> words, int first) {
    for (Phrase p : PHRASES) {
      int start = first - p.words().length;
      if (start >= 0 && matches(words, start, p.words())) {
        Word w = words.get(start);
        int glued = w.folded().equals(p.words()[0]) ? 0 : 1; // «وأكثر من» starts after the «و»
        return new Qualifier(p.name(), start, w.start() + glued);
      }
    }
    return null;
  }

  /**
   * A hedge right after the figure phrase ending at word {@code end}: «على الأقل» (at_least), «تقريبا»
   * (about). Returns the index after it, or -1; the name is in {@link #afterName}.
   */
  static int after(List<Word> words, int end) {
    if (end < words.size() && words.get(end).folded().equals("تقريبا")) return end + 1;
    if (end + 1 < words.size() && words.get(end).folded().equals("علي")
        && words.get(end + 1).folded().equals("الاقل")) {
      return end + 2;
    }
    return -1;
  }

  /** The name of the hedge {@link #after} found at word {@code end}. */
  static String afterName(List<Word> words, int end) {
    return words.get(end).folded().equals("تقريبا") ? Qualifier.ABOUT : Qualifier.AT_LEAST;
  }

  private static boolean matches(List<Word> words, int start, String[] phrase) {
    for (int k = 0; k < phrase.length; k++) {
      String f = words.get(start + k).folded();
      boolean ok = f.equals(phrase[k]) || (k == 0 && f.equals("و" + phrase[k]));
      if (!ok) return false;
    }
    return true;
  }
}
