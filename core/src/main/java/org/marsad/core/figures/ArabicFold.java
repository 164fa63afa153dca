package org.marsad.core.figures;

/**
 * Folds the spelling variants that Arabic news mixes freely (hamza on alef, alef maqsura, ta marbuta,
 * diacritics, tatweel) so that one lexicon entry matches «أكثر» and «اكثر», or «مائة», «مئة» and «مئه» alike.
 */
final class ArabicFold {
  private ArabicFold() {}

  static String fold(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ((c >= '\u064B' && c <= '\u0652') || c == '\u0640' || c == '\u0670') continue; // harakat, tatweel
      switch (c) {
        case 'أ', 'إ', 'آ', 'ٱ' -> sb.append('ا');
        case 'ى' -> sb.append('ي');
        case 'ة' -> sb.append('ه');
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
