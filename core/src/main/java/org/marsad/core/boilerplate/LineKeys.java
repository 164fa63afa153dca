package org.marsad.core.boilerplate;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.normalize.NormalizedTokens;
import org.marsad.core.util.Hash64;

/**
 * One {@link LineKey} per PARAGRAPH holding at least two TOKEN spans. The key hashes the paragraph's
 * normalized tokens, so spelling variants (أ/ا, ى/ي, diacritics, digits), punctuation and spacing do not
 * split one repeated line into several. Paragraphs already marked boilerplate have no tokens and get no key.
 * Thread-safe (stateless).
 */
public final class LineKeys {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();
  private static final HexFormat HEX = HexFormat.of();

  private LineKeys() {}

  public static List<LineKey> of(Article a) {
    List<Span> paragraphs = new ArrayList<>();
    List<Span> tokens = new ArrayList<>(a.spans().size());
    for (Span s : a.spans()) {
      if (s.kind() == SpanKind.PARAGRAPH) paragraphs.add(s);
      else if (s.kind() == SpanKind.TOKEN) tokens.add(s);
    }
    return of(paragraphs, NormalizedTokens.of(a.text(), tokens, NORMALIZER));
  }

  /**
   * The keys of {@code paragraphs} (PARAGRAPH spans in text order) from the article's TOKEN spans, already
   * normalized (in text order): the same keys as {@link #of(Article)} without normalizing again.
   */
  public static List<LineKey> of(List<Span> paragraphs, NormalizedTokens tokens) {
    List<LineKey> out = new ArrayList<>();
    int t = 0;
    int n = tokens.size();
    for (Span p : paragraphs) {
      while (t < n && tokens.start(t) < p.start()) t++;
      long h = Hash64.seed();
      int count = 0;
      for (int i = t; i < n && tokens.end(i) <= p.end(); i++) {
        if (count > 0) h = Hash64.update(h, ' ');
        h = tokens.update(h, i);
        count++;
      }
      if (count >= 2) out.add(new LineKey(HEX.toHexDigits(Hash64.mix(h)), p));
    }
    return out;
  }
}
