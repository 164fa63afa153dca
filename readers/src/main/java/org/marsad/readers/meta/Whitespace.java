package org.marsad.readers.meta;

/**
 * Blankness as a reader of Arabic news needs it: String.isBlank misses the no-break space (U+00A0)
 * and zero-width characters that web-scraped "empty" fields are full of (SaudiNewsNet has 30 such
 * bodies), which would otherwise pass as articles.
 */
public final class Whitespace {

  private Whitespace() {}

  public static boolean isSpace(char c) {
    // Fast exits first: this runs on every char of every text.
    if (c <= ' ') return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    if (c < 0x85 || (c > 0xA0 && c < 0x1680)) return false; // ASCII, Latin, Arabic: no spaces there
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200E'
        || c == '\u200F' || c == '\uFEFF';
  }

  public static boolean isBlank(CharSequence s) {
    if (s == null) return true;
    for (int i = 0; i < s.length(); i++) {
      if (!isSpace(s.charAt(i))) return false;
    }
    return true;
  }

  /** Strips spaces of every kind from both ends; null when nothing is left. */
  public static String stripToNull(String s) {
    if (s == null) return null;
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) start++;
    while (end > start && isSpace(s.charAt(end - 1))) end--;
    return start == end ? null : s.substring(start, end);
  }
}
