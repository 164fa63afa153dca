package org.marsad.readers.trec;

import java.util.ArrayList;
import java.util.List;

/**
 * A lenient scanner for TREC-style {@code <DOC>} files, which look like XML but are not (raw '&', '<'
 * in text, no root element, no prolog). It finds {@code <DOC>...</DOC>} blocks and, inside one, the
 * text between {@code <TAG>} and {@code </TAG>}, ignoring case. Stateless and thread-safe.
 */
final class TrecScanner {

  /** One {@code <DOC>} block: [start, end) of its body, or end = -1 when it is never closed. */
  record Block(int start, int end, int line) {}

  private TrecScanner() {}

  static List<Block> blocks(String s) {
    List<Block> out = new ArrayList<>();
    int from = 0;
    int line = 1;
    int lineCountedTo = 0;
    while (true) {
      int open = indexOfTag(s, "DOC", from);
      if (open < 0) return out;
      line += countNewlines(s, lineCountedTo, open);
      lineCountedTo = open;
      int bodyStart = s.indexOf('>', open) + 1;
      int close = indexOfIgnoreCase(s, "</DOC>", bodyStart);
      int nextOpen = indexOfTag(s, "DOC", bodyStart);
      if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
        out.add(new Block(bodyStart, -1, line));
        if (nextOpen < 0) return out;
        from = nextOpen;
      } else {
        out.add(new Block(bodyStart, close, line));
        from = close + 6;
      }
    }
  }

  /** The raw content of the first {@code <tag>...</tag>} in [start, end), or null when absent. */
  static String field(String s, int start, int end, String tag) {
    int open = indexOfTag(s, tag, start);
    if (open < 0 || open >= end) return null;
    int contentStart = s.indexOf('>', open);
    if (contentStart < 0 || contentStart >= end) return null;
    contentStart++;
    if (s.charAt(contentStart - 2) == '/') return ""; // <TAG/>
    int close = indexOfIgnoreCase(s, "</" + tag, contentStart);
    if (close < 0 || close > end) close = end; // lenient: an unclosed field runs to the end of its DOC
    return s.substring(contentStart, close);
  }

  /** "<NAME" followed by '>', '/' or whitespace (so DOC does not match DOCNO), ignoring case. */
  static int indexOfTag(String s, String name, int from) {
    while (true) {
      int i = indexOfIgnoreCase(s, "<" + name, from);
      if (i < 0) return -1;
      int after = i + 1 + name.length();
      if (after < s.length()) {
        char c = s.charAt(after);
        if (c == '>' || c == '/' || Character.isWhitespace(c)) return i;
      }
      from = i + 1;
    }
  }

  /** Case-insensitive indexOf that jumps between '<' characters, which keeps it close to String.indexOf speed. */
  static int indexOfIgnoreCase(String s, String needle, int from) {
    int last = s.length() - needle.length();
    int i = s.indexOf('<', from);
    while (i >= 0 && i <= last) {
      if (s.regionMatches(true, i, needle, 0, needle.length())) return i;
      i = s.indexOf('<', i + 1);
    }
    return -1;
  }

  private static int countNewlines(String s, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      if (s.charAt(i) == '\n') n++;
    }
    return n;
  }
}
