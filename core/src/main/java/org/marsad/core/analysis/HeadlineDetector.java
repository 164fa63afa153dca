package org.marsad.core.analysis;

import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.util.Chars;

/**
 * Decides whether a plain text's first content paragraph is its headline.
 *
 * <p>It is when it is a single physical line (the paragraph splitter did not find it wrapped into the next
 * line, as seed 000's first line is), it does not end like a sentence or clause (., comma, colon, semicolon;
 * a headline has no final stop, while seed 004's first line ends with one; a question mark is allowed:
 * headlines ask), it is at most {@value #MAX_CHARS} characters and two words, and more text follows it.
 * Internal ".." is allowed: seed 002's headline joins its sub-headlines with it. Thread-safe (stateless).
 */
final class HeadlineDetector {

  static final int MAX_CHARS = 300;

  /**
   * @param candidate the first paragraph that is not boilerplate
   * @param paragraphsAfter how many content paragraphs follow it
   */
  boolean isHeadline(String text, Span candidate, int paragraphsAfter) {
    if (paragraphsAfter == 0 || candidate.length() > MAX_CHARS) return false;
    int words = 0;
    boolean inWord = false;
    for (int i = candidate.start(); i < candidate.end(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') return false;
      boolean space = Chars.isSpace(c);
      if (!space && !inWord) words++;
      inWord = !space;
    }
    if (words < 2) return false;
    char last = text.charAt(candidate.end() - 1);
    return last != '.' && last != '\u2026' && last != '\u06D4' && !Chars.isComma(last) && last != ':'
        && last != ';' && last != '\u061B';
  }

  /** Index in {@code paragraphs} of the first one not covered by boilerplate, or -1. */
  static int firstContent(List<Span> paragraphs, List<Span> boilerplate) {
    outer:
    for (int i = 0; i < paragraphs.size(); i++) {
      Span p = paragraphs.get(i);
      for (Span b : boilerplate) {
        if (b.start() <= p.start() && b.end() >= p.end()) continue outer;
      }
      return i;
    }
    return -1;
  }
}
