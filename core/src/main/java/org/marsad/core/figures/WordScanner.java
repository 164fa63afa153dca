package org.marsad.core.figures;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a range of text into {@link Word}s: runs of digits (with thousands and decimal separators between
 * digits), runs of letters with their marks, and single punctuation marks. Digits and letters are split apart
 * so that «و4» gives «و» and «4»; punctuation is kept so that later rules can see «/», «:» and «%». A plain
 * loop rather than a regex: it runs over every sentence of every article.
 */
final class WordScanner {
  private WordScanner() {}

  static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      int start = i;
      if (Character.isDigit(c)) {
        i++;
        while (i < to && (Character.isDigit(text.charAt(i))
            || (isSeparator(text.charAt(i)) && i + 1 < to && Character.isDigit(text.charAt(i + 1))))) {
          i++;
        }
      } else if (isLetter(c)) {
        i++;
        while (i < to && isLetter(text.charAt(i))) i++;
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT) {
        i++;
        continue;
      } else {
        i++;
      }
      String raw = text.substring(start, i);
      out.add(new Word(start, i, raw, isLetter(c) ? ArabicFold.fold(raw) : raw));
    }
    return out;
  }

  private static boolean isSeparator(char c) {
    return c == '.' || c == ',' || c == '\u066B' || c == '\u066C';
  }

  /** Letters, their combining marks (harakat) and the tatweel that stretches Arabic words. */
  private static boolean isLetter(char c) {
    if (Character.isLetter(c) || c == '\u0640') return true;
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK;
  }
}
