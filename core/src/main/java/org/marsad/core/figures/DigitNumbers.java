package org.marsad.core.figures;

import java.math.BigDecimal;

/**
 * Parses a run of Western or Arabic-Indic digits with separators: «1,500» and «١٬٥٠٠» (thousands),
 * «1.5» and «١٫٥» (decimal). Groups of three after commas are thousands; one comma before other than three
 * digits is a decimal comma. Anything else («10.12.2016») is not a number.
 */
final class DigitNumbers {
  private DigitNumbers() {}

  static BigDecimal parse(String raw) {
    StringBuilder digits = new StringBuilder(raw.length());
    StringBuilder seps = new StringBuilder();
    java.util.List<Integer> groupLengths = new java.util.ArrayList<>();
    int len = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      int d = Character.digit(c, 10);
      if (d >= 0) {
        digits.append((char) ('0' + d));
        len++;
      } else {
        seps.append(c == '\u066C' ? ',' : c == '\u066B' ? '.' : c);
        groupLengths.add(len);
        digits.append('|');
        len = 0;
      }
    }
    groupLengths.add(len);
    if (seps.length() == 0) return new BigDecimal(digits.toString());
    boolean allThree = groupLengths.subList(1, groupLengths.size()).stream().allMatch(g -> g == 3);
    boolean sameSep = seps.chars().distinct().count() == 1;
    if (sameSep && allThree && (seps.charAt(0) == ',' || seps.length() > 1)) {
      return new BigDecimal(digits.toString().replace("|", ""));
    }
    if (seps.length() == 1) return new BigDecimal(digits.toString().replace('|', '.'));
    return null;
  }
}
