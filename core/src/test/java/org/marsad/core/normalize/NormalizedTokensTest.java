package org.marsad.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.util.Hash64;
import org.apache.lucene.analysis.ar.ArabicNormalizer;

class NormalizedTokensTest {

  private final MatchNormalizer normalizer = new MatchNormalizer();

  @Test
  void formsAndHashesAreThoseOfMatchNormalizer() {
    Article a = Seeds.analyzed(0);
    List<Span> tokens = a.spans(SpanKind.TOKEN);
    NormalizedTokens nt = NormalizedTokens.of(a.text(), tokens, normalizer);
    assertEquals(tokens.size(), nt.size());
    for (int i = 0; i < nt.size(); i++) {
      Span t = tokens.get(i);
      String expected = normalizer.normalize(t.textOf(a.text()));
      assertEquals(expected, nt.normalized(i));
      assertEquals(Hash64.of(expected), nt.hash(i));
      assertEquals(Hash64.update(7L, expected), nt.update(7L, i));
      assertEquals(t.start(), nt.start(i));
      assertEquals(t.end(), nt.end(i));
    }
  }

  @Test
  void ligaturesThatFoldLongerAndMarksThatVanish() {
    // U+FDFA (the «صلى الله عليه وسلم» ligature) folds to 18 chars, longer than any scratch sized from
    // the token; a lone tatweel and a lone shadda normalize to nothing and keep their index.
    String text = "قال \uFDFA ـ \u0651 المدرسة";
    List<Span> tokens = List.of(span(0, 3), span(4, 5), span(6, 7), span(8, 9), span(10, 17));
    NormalizedTokens nt = NormalizedTokens.of(text, tokens, normalizer);
    assertEquals("قال", nt.normalized(0));
    assertEquals(normalizer.normalize("\uFDFA"), nt.normalized(1));
    assertEquals(18, nt.normalized(1).length());
    assertEquals("", nt.normalized(2));
    assertEquals("", nt.normalized(3));
    assertEquals("المدرسه", nt.normalized(4));
    assertEquals(Hash64.of(""), nt.hash(2));
  }

  @Test
  void charByCharFoldingAgreesWithIcuOnRandomTokens() {
    // The fast path folds chars one by one; ICU folds whole strings. Random tokens over letters that fold
    // (ة أ إ آ ى ئ ؤ, capitals, Arabic-Indic digits), diacritics and hamza/madda marks that combine with
    // the letter before them must come out the same both ways.
    String pool = "ابتةأإآىئؤءلمنيوه\u0651\u064B\u064E\u0653\u0654\u0655\u0640ABCxyz٠١٢۴\u00C9e\u0301\uFEFB";
    ArabicNormalizer arabic = new ArabicNormalizer();
    Random r = new Random(7);
    for (int round = 0; round < 20000; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 1 + r.nextInt(8);
      for (int i = 0; i < n; i++) sb.append(pool.charAt(r.nextInt(pool.length())));
      String token = sb.toString();
      char[] folded = MatchNormalizer.FOLDING.normalize(token).toCharArray();
      String expected = new String(folded, 0, arabic.normalize(folded, folded.length));
      assertEquals(expected, normalizer.normalize(token), token);
      NormalizedTokens nt = NormalizedTokens.of(token, List.of(span(0, token.length())), normalizer);
      assertEquals(expected, nt.normalized(0), token);
    }
  }

  private static Span span(int start, int end) {
    return new Span(SpanKind.TOKEN, start, end);
  }
}
