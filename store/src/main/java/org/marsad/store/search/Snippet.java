package org.marsad.store.search;

import java.util.List;

/**
 * A passage of an article's text around the best matches.
 *
 * @param text the passage, a slice of the original text
 * @param start where the passage starts in the original text
 * @param highlights the matched words, as [start, end) ranges inside {@code text}
 */
public record Snippet(String text, int start, List<Highlight> highlights) {

  public Snippet {
    highlights = List.copyOf(highlights);
  }

  /** A matched range [start, end) inside the snippet text. */
  public record Highlight(int start, int end) {}

  /** The snippet with each highlight wrapped in the given marks, for plain-text display. */
  public String marked(String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + highlights.size() * 4);
    int at = 0;
    for (Highlight h : highlights) {
      out.append(text, at, h.start()).append(open).append(text, h.start(), h.end()).append(close);
      at = h.end();
    }
    return out.append(text, at, text.length()).toString();
  }
}
