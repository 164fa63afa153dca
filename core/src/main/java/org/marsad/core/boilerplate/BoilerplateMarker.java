package org.marsad.core.boilerplate;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Marks more boilerplate on an analysed article, found later from cross-article evidence (lines an outlet
 * repeats in many articles): adds the BOILERPLATE spans and drops the SENTENCE and TOKEN spans they overlap,
 * since boilerplate carries no sentences or tokens. Thread-safe (stateless).
 */
public final class BoilerplateMarker {

  private BoilerplateMarker() {}

  /**
   * @param extra spans to mark; each must be of kind BOILERPLATE
   * @return {@code a} itself when {@code extra} is empty, else a new Article
   */
  public static Article mark(Article a, List<Span> extra) {
    if (extra.isEmpty()) return a;
    for (Span s : extra) {
      if (s.kind() != SpanKind.BOILERPLATE) throw new IllegalArgumentException("not boilerplate: " + s);
    }
    List<Span> kept = new ArrayList<>(a.spans().size() + extra.size());
    for (Span s : a.spans()) {
      if ((s.kind() == SpanKind.SENTENCE || s.kind() == SpanKind.TOKEN) && overlapsAny(s, extra)) continue;
      kept.add(s);
    }
    kept.addAll(extra);
    return a.withSpans(kept);
  }

  private static boolean overlapsAny(Span s, List<Span> extra) {
    for (Span e : extra) {
      if (s.overlaps(e)) return true;
    }
    return false;
  }
}
