package org.marsad.core.entities;

import java.util.regex.Pattern;

/**
 * The identity of a surface form: spans that differ only in whitespace («جون⏎كيري») are one alias, kept
 * with single spaces and no space at either end.
 */
final class Surfaces {

  /** Whitespace and Unicode spaces (no-break space too, which news HTML is full of). */
  private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}]+");

  private Surfaces() {}

  static String collapse(String surface) {
    return isCollapsed(surface) ? surface : SPACES.matcher(surface).replaceAll(" ").strip();
  }

  /** Most surfaces are already single-spaced: spare them the regex (it runs once per mention). */
  private static boolean isCollapsed(String s) {
    boolean lastSpace = true; // a leading space is not collapsed
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean space = Character.isWhitespace(c) || Character.isSpaceChar(c);
      if (space && (c != ' ' || lastSpace)) return false;
      lastSpace = space;
    }
    return !lastSpace || s.isEmpty();
  }
}
