package org.marsad.cli;

import org.marsad.core.model.Article;
import org.marsad.core.model.PublishedFrom;
import org.marsad.core.model.SpanKind;

/** How articles look in tables: short, one line, never empty. */
final class Display {
  private Display() {}

  static final int TITLE_CHARS = 70;

  static String published(Article a) {
    if (a.published() == null) return "unknown";
    String day = a.published().length() > 10 ? a.published().substring(0, 10) : a.published();
    return a.publishedFrom() == PublishedFrom.TEXT ? day + " (text)" : day;
  }

  /** The title, or when there is none, the start of the first sentence, so the row still says something. */
  static String title(Article a) {
    String t = a.title();
    if (t == null || t.isBlank()) {
      var sentences = a.spans(SpanKind.SENTENCE);
      t = sentences.isEmpty() ? "" : "(" + oneLine(sentences.get(0).textOf(a.text())) + ")";
    }
    return clip(oneLine(t), TITLE_CHARS);
  }

  static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
