package org.marsad.ingest.reuse;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.reuse.ReuseText;

/**
 * An analysed article as text to align: its tokens and sentences outside boilerplate. Lines an outlet
 * repeats on every page (marked boilerplate at ingest) are the outlet's furniture, not reuse.
 */
public final class ArticleReuseText {
  private ArticleReuseText() {}

  public static ReuseText of(Article a) {
    List<Span> boilerplate = a.spans(SpanKind.BOILERPLATE);
    return ReuseText.of(a.text(), outside(a.spans(SpanKind.TOKEN), boilerplate),
        outside(a.spans(SpanKind.SENTENCE), boilerplate));
  }

  /** Characters of the article outside boilerplate: the body the per-outlet shares are shares of. */
  static int bodyChars(Article a) {
    int n = a.text().length();
    for (Span b : a.spans(SpanKind.BOILERPLATE)) n -= b.length();
    return Math.max(0, n);
  }

  private static List<Span> outside(List<Span> spans, List<Span> boilerplate) {
    if (boilerplate.isEmpty()) return spans;
    List<Span> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      boolean inside = false;
      for (Span b : boilerplate) {
        if (s.start() >= b.start() && s.end() <= b.end()) {
          inside = true;
          break;
        }
      }
      if (!inside) out.add(s);
    }
    return out;
  }
}
