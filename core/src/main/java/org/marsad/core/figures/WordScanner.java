package org.marsad.core.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts a range of text into {@link Word}s. Digits and letters are split apart so that «و4» gives «و» and
 * «4»; punctuation is kept as words so that later rules can see «/», «:» and «%».
 */
final class WordScanner {
  private WordScanner() {}

  // digits with thousands/decimal separators (Latin and Arabic), letters with their marks, or one mark
  private static final Pattern WORD = Pattern.compile(
      "\\p{Nd}+(?:[.,\u066B\u066C]\\p{Nd}+)*|[\\p{L}\\p{M}\u0640]+|[^\\s\\p{L}\\p{M}\\p{Nd}]");

  static List<Word> scan(String text, int from, int to) {
    List<Word> out = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      String raw = m.group();
      out.add(new Word(m.start(), m.end(), raw, ArabicFold.fold(raw)));
    }
    return out;
  }
}
