package org.marsad.readers.encoding;

/**
 * Finds the charset a file names for itself in its first bytes: an HTML {@code <meta charset=...>} or
 * {@code content="text/html; charset=..."}, or an XML prolog's {@code encoding="..."}. Works on the raw
 * bytes as ASCII, since every charset this matters for is an ASCII superset.
 */
final class DeclaredCharset {

  private static final int SCAN_BYTES = 2048;

  private DeclaredCharset() {}

  static String find(byte[] bytes) {
    int n = Math.min(bytes.length, SCAN_BYTES);
    StringBuilder head = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xFF;
      head.append(b < 0x80 ? Character.toLowerCase((char) b) : ' ');
    }
    String s = head.toString();
    String name = valueAfter(s, "charset=");
    return name != null ? name : valueAfter(s, "encoding=");
  }

  private static String valueAfter(String s, String key) {
    int i = s.indexOf(key);
    if (i < 0) return null;
    i += key.length();
    while (i < s.length() && (s.charAt(i) == '"' || s.charAt(i) == '\'' || s.charAt(i) == ' ')) i++;
    int start = i;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.')) break;
      i++;
    }
    return i > start ? s.substring(start, i) : null;
  }
}
