package org.marsad.core.quotes;

/** Folds an Arabic word to the form the word lists below are written in. */
final class ArabicWords {

  private ArabicWords() {}

  /**
   * Drops diacritics and tatweel, folds the hamza-carrying alefs to ا, ة to ه and ى to ي: news text
   * spells the same verb «أضاف» and «اضاف», and the lists should not have to hold both.
   */
  static String fold(CharSequence s, int from, int to) {
    StringBuilder b = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640') continue;
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> b.append('ا');
        case 'ة' -> b.append('ه');
        case 'ى' -> b.append('ي');
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** The folded word without a leading و or ف conjunction, or null when it has none to drop. */
  static String withoutConjunction(String folded) {
    if (folded.length() > 3 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف')) {
      return folded.substring(1);
    }
    return null;
  }

  /** The folded word without its article ال (and a conjunction before it), so «الوزير» reads as «وزير». */
  static String stem(String folded) {
    String w = folded;
    if (w.startsWith("وال") && w.length() > 4) w = w.substring(1);
    if (w.startsWith("ال") && w.length() > 3) w = w.substring(2);
    return w;
  }
}
