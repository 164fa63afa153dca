package org.marsad.readers.html;

/**
 * Tells a cut-off HTML file (an interrupted download or save) from a whole one: it opened {@code <html}
 * but never closed it, or its last tag is never closed. Scans only the ends of the text.
 */
public final class HtmlTruncation {

  private HtmlTruncation() {}

  /** What looks cut off, for the skip detail, or null when the page looks whole. */
  public static String check(String html) {
    int end = html.length();
    while (end > 0 && Character.isWhitespace(html.charAt(end - 1))) end--;
    int lastOpen = html.lastIndexOf('<', end - 1);
    int lastClose = html.lastIndexOf('>', end - 1);
    if (lastOpen > lastClose) {
      return "ends inside a tag at char " + lastOpen + " of " + html.length();
    }
    if (indexOfIgnoreCase(html, "<html", 0) >= 0 && lastIndexOfIgnoreCase(html, "</html", end) < 0) {
      return "has <html> but no closing </html> (" + html.length() + " chars)";
    }
    return null;
  }

  private static int indexOfIgnoreCase(String s, String needle, int from) {
    for (int i = from, last = s.length() - needle.length(); i <= last; i++) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
    }
    return -1;
  }

  /** Searches backwards from {@code before}: a closing tag sits at the end, so this is quick on whole pages. */
  private static int lastIndexOfIgnoreCase(String s, String needle, int before) {
    for (int i = Math.min(before, s.length()) - needle.length(); i >= 0; i--) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
    }
    return -1;
  }
}
