package org.marsad.readers.sniff;

import java.util.Set;

/**
 * Decides a decoded file's format from its first significant characters, then from its extension:
 * content wins because ANT's TREC files end in .txt and exported HTML often has no extension.
 * Stateless and thread-safe.
 */
public final class TextFormatSniffer {

  /** How far markup probes look: prologs, doctypes and comments come before the root element. */
  private static final int HEAD_CHARS = 4096;

  private static final Set<String> HTML_EXT = Set.of("html", "htm", "xhtml", "shtml", "php", "asp", "aspx");
  private static final Set<String> FEED_EXT = Set.of("rss", "atom", "xml", "rdf");
  private static final Set<String> JSONL_EXT = Set.of("jsonl", "ndjson");

  private TextFormatSniffer() {}

  public static TextFormat sniff(String text, String extension) {
    int i = skipSpace(text, 0);
    if (i < text.length()) {
      char c = text.charAt(i);
      if (c == '{' || c == '[') {
        if (JSONL_EXT.contains(extension) || (c == '{' && looksLikeJsonLines(text, i))) return TextFormat.JSON_LINES;
        if (c == '{' || startsJsonArray(text, i)) return TextFormat.JSON;
      } else if (c == '<') {
        TextFormat markup = markup(text, i, extension);
        if (markup != null) return markup;
      }
    }
    if (JSONL_EXT.contains(extension)) return TextFormat.JSON_LINES;
    if (extension.equals("json")) return TextFormat.JSON;
    if (HTML_EXT.contains(extension)) return TextFormat.HTML;
    if (FEED_EXT.contains(extension)) return TextFormat.FEED;
    return TextFormat.TEXT;
  }

  private static TextFormat markup(String text, int start, String extension) {
    String head = text.substring(start, Math.min(text.length(), start + HEAD_CHARS));
    int docAt = indexOfTag(head, "doc");
    int htmlAt = Math.max(indexOfIgnoreCase(head, "<!doctype html"), indexOfTag(head, "html"));
    int feedAt = firstOf(indexOfTag(head, "rss"), indexOfTag(head, "feed"), indexOfTag(head, "rdf:rdf"));
    if (docAt >= 0 && (htmlAt < 0 || docAt < htmlAt) && (feedAt < 0 || docAt < feedAt)) return TextFormat.TREC;
    if (feedAt >= 0 && (htmlAt < 0 || feedAt < htmlAt)) return TextFormat.FEED;
    if (htmlAt >= 0 || HTML_EXT.contains(extension)) return TextFormat.HTML;
    if (indexOfTag(head, "body") >= 0 || indexOfTag(head, "head") >= 0) return TextFormat.HTML;
    if (FEED_EXT.contains(extension)) return TextFormat.FEED;
    if (head.startsWith("<?xml")) return TextFormat.XML_OTHER;
    return null;
  }

  private static boolean startsJsonArray(String text, int bracket) {
    int j = skipSpace(text, bracket + 1);
    if (j >= text.length()) return true;
    char d = text.charAt(j);
    return d == '{' || d == '[' || d == ']' || d == '"';
  }

  /** Several objects one per line: the first line is a whole object and another object follows. */
  private static boolean looksLikeJsonLines(String text, int brace) {
    int nl = text.indexOf('\n', brace);
    if (nl < 0) return false;
    int end = nl;
    while (end > brace && Character.isWhitespace(text.charAt(end - 1))) end--;
    if (end <= brace + 1 || text.charAt(end - 1) != '}') return false;
    int next = skipSpace(text, nl);
    return next < text.length() && text.charAt(next) == '{';
  }

  static int skipSpace(String s, int i) {
    while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\uFEFF')) i++;
    return i;
  }

  /** Index of "<name" followed by '>', '/' or whitespace, ignoring case; -1 if absent. */
  static int indexOfTag(String s, String name) {
    int from = 0;
    while (true) {
      int i = indexOfIgnoreCase(s, "<" + name, from);
      if (i < 0) return -1;
      int after = i + name.length() + 1;
      if (after >= s.length()) return -1;
      char c = s.charAt(after);
      if (c == '>' || c == '/' || Character.isWhitespace(c)) return i;
      from = i + 1;
    }
  }

  static int indexOfIgnoreCase(String s, String needle) {
    return indexOfIgnoreCase(s, needle, 0);
  }

  /** Case-insensitive indexOf for needles starting with '<': only '<' positions are compared. */
  static int indexOfIgnoreCase(String s, String needle, int from) {
    int last = s.length() - needle.length();
    for (int i = s.indexOf('<', from); i >= 0 && i <= last; i = s.indexOf('<', i + 1)) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
    }
    return -1;
  }

  private static int firstOf(int... indexes) {
    int best = -1;
    for (int i : indexes) {
      if (i >= 0 && (best < 0 || i < best)) best = i;
    }
    return best;
  }
}
