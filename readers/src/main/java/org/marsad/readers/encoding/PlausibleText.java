package org.marsad.readers.encoding;

/**
 * Whether decoded text looks like text, to reject a charset guess that "decodes" garbage: no C1 or
 * other control characters, mostly letters, digits and spaces, and words that keep to one script
 * (windows-1256 read as ISO-8859-6, or the reverse, mixes Latin letters into Arabic words).
 */
final class PlausibleText {

  private PlausibleText() {}

  /** null when plausible, else what is wrong, for the skip detail. */
  static String check(String text) {
    int letters = 0;
    int wordish = 0;
    int mixed = 0;
    Character.UnicodeScript prevScript = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\uFFFD') return "replacement characters";
      if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') return "control characters";
      if (c >= 0x7F && c <= 0x9F) return "C1 control characters";
      if (Character.isLetter(c)) {
        letters++;
        wordish++;
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if (prevScript != null && script != prevScript) mixed++;
        prevScript = script;
      } else {
        if (Character.isDigit(c) || Character.isWhitespace(c)) wordish++;
        if (Character.getType(c) != Character.NON_SPACING_MARK) prevScript = null;
      }
    }
    if (text.length() > 0 && wordish * 10 < text.length() * 4) return "too few letters";
    if (letters > 0 && mixed * 100 > letters) return "words mixing scripts";
    return null;
  }
}
