package org.marsad.core.figures;

import java.util.List;

/** Closing quotes and brackets that may sit between a number and its noun: «(190) موقوفا», «"41" عنصرا». */
final class Closers {
  private Closers() {}

  static boolean is(String raw) {
    return raw.equals(")") || raw.equals("»") || raw.equals("\"") || raw.equals("”");
  }

  /** Index of the first word at or after {@code i} that is not a closer. */
  static int skip(List<Word> words, int i) {
    while (i < words.size() && is(words.get(i).raw())) i++;
    return i;
  }
}
