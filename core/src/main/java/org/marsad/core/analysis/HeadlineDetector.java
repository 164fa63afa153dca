package org.marsad.core.analysis;

import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.util.Chars;

/**
 * Decides whether a plain text's first content paragraph is its headline.
 *
 * <p>It is when it is a single physical line (the paragraph splitter did not find it wrapped into the next
 * line, as seed 000's first line is); it does not end like a sentence or clause (. ! … , : ; a headline has
 * no final stop, while seed 004's first line ends with one; a question mark is allowed: headlines ask); it
 * holds no sentence stop followed by a space and at most one comma (lead paragraphs chain clauses; headlines
 * are phrases); it has 2 to {@value #MAX_WORDS} words and at most {@value #MAX_CHARS} characters; and more
 * text follows it. Internal ".." is allowed: seed 002's headline joins its sub-headlines with it. Thread-safe
 * (stateless).
 */
final class HeadlineDetector {

  static final int MAX_CHARS = 300;
  static final int MAX_WORDS = 40;

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
    if (words < 2 || words > MAX_WORDS) return false;
    char last = text.charAt(candidate.end() - 1);
    if (last == '.' || last == '!' || last == '\u2026' || last == '\u06D4' || Chars.isComma(last) || last == ':'
        || last == ';' || last == '\u061B') {
      return false;
    }
    return !holdsSentenceStop(text, candidate.start(), candidate.end() - 1) && commas(text, candidate) <= 1;
  }

  /**
   * A lone stop followed by a space inside the line: the line is a lead paragraph of several sentences.
   * Runs of stops ("..", "...") are allowed: seed 002 joins sub-headlines with them.
   */
  private static boolean holdsSentenceStop(String text, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      char c = text.charAt(i);
      if (Chars.isTerminal(c) && Chars.isSpace(text.charAt(i + 1)) && !Chars.isTerminal(text.charAt(i - 1))
          ) {
        return true;
      }
    }
    return false;
  }

  /** Headlines are phrases, not clause chains: two or more commas mark a lead sentence without its stop. */
  private static int commas(String text, Span s) {
    int n = 0;
    for (int i = s.start(); i < s.end(); i++) {
      if (Chars.isComma(text.charAt(i))) n++;
    }
    return n;
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
