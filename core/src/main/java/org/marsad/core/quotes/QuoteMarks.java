package org.marsad.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the spans between paired quote marks: "…", «…», “…”. One pass over the text, so linear in its
 * length. A line break drops an unclosed mark: a stray quote must not pair with one paragraphs later and
 * turn the rest of the article inside out.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  static List<QuotedSpan> find(String text) {
    List<QuotedSpan> out = new ArrayList<>();
    int open = -1;
    char closer = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        open = -1;
      } else if (open >= 0) {
        if (c == closer) {
          if (i > open + 1) out.add(new QuotedSpan(open, i));
          open = -1;
        }
      } else if (c == '"' || c == '«' || c == '“') {
        open = i;
        closer = c == '«' ? '»' : c == '“' ? '”' : '"';
      }
    }
    return out;
  }

  /** Words inside the span, counted as runs of letters or digits. */
  static int words(String text, QuotedSpan q) {
    int n = 0;
    boolean inWord = false;
    for (int i = q.innerStart(); i < q.innerEnd(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) n++;
      inWord = letter;
    }
    return n;
  }
}
