package org.marsad.core.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

class BoilerplateMarkerTest {

  @Test
  void markingAParagraphDropsItsSentencesAndTokens() {
    Article a = Seeds.analyzed(4);
    Span sub = a.spans(SpanKind.PARAGRAPH).get(4); // «سوريا تعتقل المئات», as if an outlet repeated it
    Span mark = new Span(SpanKind.BOILERPLATE, sub.start(), sub.end(), "repeated-line");
    Article marked = BoilerplateMarker.mark(a, List.of(mark));
    assertTrue(marked.spans().contains(mark));
    assertEquals(a.spans(SpanKind.SENTENCE).size() - 1, marked.spans(SpanKind.SENTENCE).size());
    assertEquals(a.spans(SpanKind.TOKEN).size() - 3, marked.spans(SpanKind.TOKEN).size()); // three words
    assertEquals(a.spans(SpanKind.PARAGRAPH), marked.spans(SpanKind.PARAGRAPH)); // paragraphs stay
    for (Span s : marked.spans()) {
      if (s.kind() == SpanKind.SENTENCE || s.kind() == SpanKind.TOKEN) assertFalse(s.overlaps(mark));
    }
    assertSame(a, BoilerplateMarker.mark(a, List.of()));
    assertThrows(IllegalArgumentException.class,
        () -> BoilerplateMarker.mark(a, List.of(new Span(SpanKind.SENTENCE, 0, 1))));
  }

  @Test
  void lineKeysIgnoreSpellingAndPunctuationButNotWords() {
    String one = "وقال المرصد السوري.\nتابع آخر الأخبار على موقعنا\nفرار";
    String two = "أعلن الجيش.\nتابع آخر الاخبار على موقعنا!\nفرار";
    List<LineKey> k1 = LineKeys.of(Seeds.ANALYZER.analyze(Seeds.raw(one)));
    List<LineKey> k2 = LineKeys.of(Seeds.ANALYZER.analyze(Seeds.raw(two)));
    // One key per paragraph of two tokens or more: «فرار» alone gets none.
    assertEquals(2, k1.size());
    assertEquals(2, k2.size());
    assertEquals(k1.get(1).key(), k2.get(1).key()); // «الأخبار»/«الاخبار» and the «!» do not matter
    assertNotEquals(k1.get(0).key(), k2.get(0).key());
    assertTrue(k1.get(0).key().matches("[0-9a-f]{16}"));
    assertEquals("تابع آخر الأخبار على موقعنا", k1.get(1).span().textOf(one));
  }

  @Test
  void lineKeysOfASeedSkipBoilerplateParagraphs() {
    Article a = Seeds.analyzed(0);
    List<LineKey> keys = LineKeys.of(a);
    // 22 paragraphs, 2 read-also lines without tokens: 20 keys, all different.
    assertEquals(20, keys.size());
    assertEquals(20, keys.stream().map(LineKey::key).distinct().count());
  }
}
