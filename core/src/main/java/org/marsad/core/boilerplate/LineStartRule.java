package org.marsad.core.boilerplate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Shared shape of the line rules: a precompiled pattern that must match at the start of the paragraph's first
 * line; the whole first line (trimmed) becomes boilerplate, provided it is not longer than {@code maxChars}.
 */
abstract class LineStartRule implements BoilerplateRule {

  private final Pattern start;
  private final int maxChars;

  LineStartRule(Pattern start, int maxChars) {
    this.start = start;
    this.maxChars = maxChars;
  }

  @Override
  public List<Span> find(String text, Span paragraph) {
    int lineEnd = paragraph.start();
    int limit = paragraph.start() + maxChars;
    while (lineEnd < paragraph.end()) {
      char c = text.charAt(lineEnd);
      if (c == '\n' || c == '\r') break;
      // A non-space past maxChars makes the trimmed line too long: stop here instead of scanning the whole
      // line (rules run on every line and every paragraph, and most lines are long).
      if (lineEnd >= limit && !Character.isWhitespace(c)) return List.of();
      lineEnd++;
    }
    while (lineEnd > paragraph.start() && Character.isWhitespace(text.charAt(lineEnd - 1))) lineEnd--;
    if (lineEnd - paragraph.start() > maxChars) return List.of();
    Matcher m = start.matcher(text).region(paragraph.start(), lineEnd);
    if (!m.lookingAt() || !accept(text, paragraph.start(), lineEnd, m)) return List.of();
    return List.of(new Span(SpanKind.BOILERPLATE, paragraph.start(), lineEnd, name()));
  }

  /** A further check on a line whose start matched; the default accepts it. */
  boolean accept(String text, int lineStart, int lineEnd, Matcher m) {
    return true;
  }
}
