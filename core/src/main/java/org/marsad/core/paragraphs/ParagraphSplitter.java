package org.marsad.core.paragraphs;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.util.Chars;

/**
 * Splits a text into PARAGRAPH spans, trimmed of surrounding whitespace.
 *
 * <ul>
 *   <li>A blank line always ends a paragraph.
 *   <li>A single line break ends a paragraph unless {@link LineWrapRule} finds the line unfinished (hard-wrapped
 *       text, seed 000), and never around a line the caller marks standalone (a boilerplate line such as
 *       «اقرأ أيضا: ...» must not be glued to the article's own text).
 *   <li>Inside a line, a sentence stop directly followed by a comma and a space (".," or ".،") ends a paragraph:
 *       some scrapers join paragraphs that way (seed 001). The comma belongs to neither paragraph.
 * </ul>
 * Thread-safe (stateless).
 */
public final class ParagraphSplitter {

  /** Tells the splitter that a line must be a paragraph on its own. */
  @FunctionalInterface
  public interface StandaloneLine {
    /** {@code [start, end)} is one trimmed, non-empty line of {@code text}. */
    boolean test(String text, int start, int end);
  }

  private static final StandaloneLine NONE = (t, s, e) -> false;

  public List<Span> split(String text) {
    return split(text, NONE);
  }

  public List<Span> split(String text, StandaloneLine standalone) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int paraStart = -1;
    int prevStart = -1;
    int prevEnd = -1;
    boolean prevStandalone = false;
    int pos = 0;
    while (pos <= n) {
      int lineEnd = pos;
      while (lineEnd < n && !isLineBreak(text.charAt(lineEnd))) lineEnd++;
      int next = lineEnd + 1;
      if (lineEnd < n && text.charAt(lineEnd) == '\r' && next < n && text.charAt(next) == '\n') next++;
      int s = Chars.skipSpace(text, pos, lineEnd);
      int e = Chars.trimEnd(text, s, lineEnd);
      if (s == e) {
        if (paraStart >= 0) emit(text, paraStart, prevEnd, out);
        paraStart = -1;
      } else {
        boolean isStandalone = standalone.test(text, s, e);
        if (paraStart >= 0
            && (prevStandalone || isStandalone || !LineWrapRule.continues(text, prevStart, prevEnd, s, e))) {
          emit(text, paraStart, prevEnd, out);
          paraStart = -1;
        }
        if (paraStart < 0) paraStart = s;
        prevStart = s;
        prevEnd = e;
        prevStandalone = isStandalone;
      }
      pos = next;
    }
    if (paraStart >= 0) emit(text, paraStart, prevEnd, out);
    return out;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  /** Adds {@code [start, end)} as paragraphs, cut at ".," separators. */
  private static void emit(String text, int start, int end, List<Span> out) {
    int from = start;
    for (int i = start; i + 1 < end; i++) {
      if (Chars.isTerminal(text.charAt(i)) && Chars.isComma(text.charAt(i + 1))
          && (i + 2 == end || Chars.isSpace(text.charAt(i + 2)))) {
        add(text, from, i + 1, out);
        from = i + 2;
      }
    }
    add(text, from, end, out);
  }

  private static void add(String text, int from, int to, List<Span> out) {
    int s = Chars.skipSpace(text, from, to);
    int e = Chars.trimEnd(text, s, to);
    if (s < e) out.add(new Span(SpanKind.PARAGRAPH, s, e));
  }
}
