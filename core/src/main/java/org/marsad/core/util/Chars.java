package org.marsad.core.util;

/** Character classes shared by the paragraph, sentence and headline rules. */
public final class Chars {
  private Chars() {}

  /**
   * Whitespace for trimming: Java whitespace, Unicode space separators (NBSP), and the invisible format
   * marks that web text carries around Arabic (BOM, zero-width space, LRM/RLM, bidi embeddings).
   */
  public static boolean isSpace(char c) {
    return SPACE[c];
  }

  /** {@link #isSpace} for every char, precomputed: it runs on every character of every article. */
  private static final boolean[] SPACE = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) SPACE[c] = computeIsSpace((char) c);
  }

  private static boolean computeIsSpace(char c) {
    if (c <= ' ') return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0x0B || c == 0x1C
        || c == 0x1D || c == 0x1E || c == 0x1F;
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B'
        || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
  }

  /** Sentence-final punctuation: full stop, ! ? and the Arabic question mark, ellipsis, Arabic full stop. */
  public static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u061F' || c == '\u2026' || c == '\u06D4';
  }

  /** Latin or Arabic comma. */
  public static boolean isComma(char c) {
    return c == ',' || c == '\u060C';
  }

  /** Closing quote or bracket that may follow a sentence's final stop. */
  public static boolean isCloser(char c) {
    return c == '"' || c == '\u00BB' || c == '\u201D' || c == '\'' || c == ')' || c == ']' || c == '\u2019';
  }

  /** Arabic-script letter (the main Arabic block's letters, supplements and presentation forms). */
  public static boolean isArabicLetter(char c) {
    return ARABIC_LETTER[c];
  }

  private static final boolean[] ARABIC_LETTER = new boolean[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) ARABIC_LETTER[c] = computeIsArabicLetter((char) c);
  }

  private static boolean computeIsArabicLetter(char c) {
    return ((c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || c == '\u06D5'
            || (c >= '\u06FA' && c <= '\u06FC') || (c >= '\u0750' && c <= '\u077F')
            || (c >= '\uFB50' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFC'))
        && Character.isLetter(c);
  }

  /** First index in [from, to) that is not {@link #isSpace}, or {@code to}. */
  public static int skipSpace(CharSequence s, int from, int to) {
    while (from < to && isSpace(s.charAt(from))) from++;
    return from;
  }

  /** One past the last index in [from, to) that is not {@link #isSpace}, or {@code from}. */
  public static int trimEnd(CharSequence s, int from, int to) {
    while (to > from && isSpace(s.charAt(to - 1))) to--;
    return to;
  }
}
