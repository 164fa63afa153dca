package org.marsad.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.boilerplate.BoilerplateMarker;
import org.marsad.core.boilerplate.LineKey;
import org.marsad.core.boilerplate.LineKeys;
import org.marsad.core.dedup.MinHasher;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;

/** The combined entry point must give exactly what the three separate calls give. */
class AnalysisTest {

  private final MinHasher hasher = new MinHasher();

  @Test
  void combinedEqualsSeparateCallsOnEverySeed() {
    for (int n = 0; n < 5; n++) {
      RawArticle raw = Seeds.raw(n);
      Analysis combined = Seeds.ANALYZER.analyzeWithFingerprints(raw);
      Article separate = Seeds.ANALYZER.analyze(raw);
      assertEquals(separate, combined.article(), "seed " + n);
      assertArrayEquals(hasher.signature(separate), combined.signature(), "seed " + n);
      assertEquals(LineKeys.of(separate), combined.lineKeys(), "seed " + n);
      assertFalse(combined.lineKeys().isEmpty(), "seed " + n + " has paragraphs of two or more words");
    }
  }

  @Test
  void headlineStaysOutOfTheSignature() {
    // Seed 001 as plain text starts with its headline; the signature must leave it out, so the same body
    // under a different headline signs the same (as MinHasher.signature(Article) promises).
    String text = Seeds.text(1);
    String retitled = "اجتماع لأصدقاء سوريا في العاصمة الفرنسية" + text.substring(text.indexOf('\n'));
    Analysis a = Seeds.ANALYZER.analyzeWithFingerprints(Seeds.raw(text));
    Analysis b = Seeds.ANALYZER.analyzeWithFingerprints(Seeds.raw(retitled));
    assertFalse(a.article().spans(SpanKind.HEADLINE).isEmpty());
    assertArrayEquals(a.signature(), b.signature());
    assertFalse(a.lineKeys().get(0).key().equals(b.lineKeys().get(0).key()), "headline line keys differ");
  }

  @Test
  void ofAnArticleWithMarkedBoilerplateMatchesTheSeparateCalls() {
    // After BoilerplateMarker drops a paragraph's tokens, that paragraph has no key and no shingles.
    Article a = Seeds.analyzed(0);
    LineKey first = LineKeys.of(a).get(1);
    Article marked = BoilerplateMarker.mark(a,
        List.of(new Span(SpanKind.BOILERPLATE, first.span().start(), first.span().end(), "repeated-line")));
    Analysis fromMarked = Analysis.of(marked, hasher, new MatchNormalizer());
    assertArrayEquals(hasher.signature(marked), fromMarked.signature());
    assertEquals(LineKeys.of(marked), fromMarked.lineKeys());
    assertTrue(fromMarked.lineKeys().stream().noneMatch(k -> k.span().equals(first.span())));
  }

  @Test
  void emptyTextHasAnEmptySignatureAndNoKeys() {
    Analysis a = Seeds.ANALYZER.analyzeWithFingerprints(Seeds.raw(" \n "));
    assertTrue(MinHasher.isEmpty(a.signature()));
    assertTrue(a.lineKeys().isEmpty());
  }
}
