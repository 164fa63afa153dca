package org.marsad.core.boilerplate;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
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
    List<LineKey> out = new ArrayList<>();
    List<Span> spans = a.spans();
    String text = a.text();
    List<Span> tokens = a.spans(SpanKind.TOKEN);
    int t = 0;
    for (Span p : spans) {
      if (p.kind() != SpanKind.PARAGRAPH) continue;
      while (t < tokens.size() && tokens.get(t).start() < p.start()) t++;
      long h = Hash64.seed();
      int count = 0;
      for (int i = t; i < tokens.size() && tokens.get(i).end() <= p.end(); i++) {
        Span tok = tokens.get(i);
        if (count > 0) h = Hash64.update(h, ' ');
        h = Hash64.update(h, NORMALIZER.normalize(text.subSequence(tok.start(), tok.end())));
        count++;
      }
      if (count >= 2) out.add(new LineKey(HEX.toHexDigits(Hash64.mix(h)), p));
    }
    return out;
  }
}
