package org.marsad.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.PublishedFrom;
import org.marsad.core.model.RawArticle;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

class ArticleAnalyzerTest {

  @Test
  void headlinesOfTheSeeds() {
    // 001 and 003 open with a title line (no final stop, then a blank line and the body).
    assertEquals("اجتماع باريس يجدد دعمه للمعارضة السورية", Seeds.analyzed(1).title());
    assertEquals("حي القاطرجي في حلب الذي تسيطر عليه المعارضة بعد غارة جوية", Seeds.analyzed(3).title());
    // 002: the first line is the image notice (boilerplate); the headline is the second line, ".." and all.
    Article a2 = Seeds.analyzed(2);
    assertTrue(a2.title().startsWith("اجتماع دولي بباريس يبحث مجازر حلب..والنظام"), a2.title());
    assertTrue(a2.title().endsWith("لتحريرالرقة"), a2.title());
    assertEquals(a2.title(), a2.spans(SpanKind.HEADLINE).get(0).textOf(a2.text()));
    // 000 opens with a hard-wrapped paragraph, 004 with a full sentence ending in a stop: no headline.
    for (int n : new int[] {0, 4}) {
      Article a = Seeds.analyzed(n);
      assertNull(a.title(), "seed " + n);
      assertTrue(a.spans(SpanKind.HEADLINE).isEmpty(), "seed " + n);
    }
  }

  @Test
  void leadSentencesWithoutStopAreNotHeadlines() {
    // Real first lines from ANT bodies (Al Arabiya, 2018): a lead ending in "!", one of several sentences
    // ending in "؟", one chaining clauses with two commas.
    for (String first : new String[] {"تخيل نفسك في حفل فاخر وتتناول الذهب!",
        "من شدّة ما للحب من أثر، فإن الهوى أول مراتبه. فكيف ستكون سمات آخرها؟",
        "تخيل نفسك في حفل فاخر، تتلذذ بأشهى الأطباق، وتتناول الذهب"}) {
      Article a = Seeds.ANALYZER.analyze(Seeds.raw(first + "\nوقال الطاهي إن الطبق يكلف ألف دولار."));
      assertNull(a.title(), first);
    }
    Article q = Seeds.ANALYZER.analyze(Seeds.raw("هل تسقط حلب؟\nقال الوزير إن القصف مستمر."));
    assertEquals("هل تسقط حلب؟", q.title());
  }

  @Test
  void titleGivenByTheReaderIsKept() {
    String text = Seeds.text(1);
    RawArticle raw = new RawArticle("x", "o", null, "عنوان من البيانات", null, text, false, "x", "json");
    Article a = Seeds.ANALYZER.analyze(raw);
    assertEquals("عنوان من البيانات", a.title());
    assertTrue(a.spans(SpanKind.HEADLINE).isEmpty());
  }

  @Test
  void titleInTextMarksTheFirstLineAsHeadline() {
    String text = Seeds.text(1);
    RawArticle raw = new RawArticle("x", "o", null, "اجتماع باريس يجدد دعمه للمعارضة السورية", null, text,
        true, "x", "html");
    Article a = Seeds.ANALYZER.analyze(raw);
    assertEquals(List.of(new Span(SpanKind.HEADLINE, 0, 39)), a.spans(SpanKind.HEADLINE));
  }

  @Test
  void readAlsoLinesOfSeed000AreBoilerplateWithoutSentencesOrTokens() {
    Article a = Seeds.analyzed(0);
    List<Span> boiler = a.spans(SpanKind.BOILERPLATE);
    assertEquals(2, boiler.size());
    for (Span b : boiler) {
      assertEquals("read-also", b.note());
      assertTrue(b.textOf(a.text()).startsWith("اقرأ أيضا:"));
      for (Span s : a.spans()) {
        if (s.kind() == SpanKind.SENTENCE || s.kind() == SpanKind.TOKEN) assertFalse(s.overlaps(b), s.toString());
      }
    }
    assertEquals("اقرأ أيضا: كيري يعلن عن اجتماع روسي أمريكي بجنيف لـ\"إنقاذ حلب\"", boiler.get(1).textOf(a.text()));
  }

  @Test
  void imageNoticeOfSeed002IsBoilerplate() {
    Article a = Seeds.analyzed(2);
    Span b = a.spans(SpanKind.BOILERPLATE).get(0);
    assertEquals("image-notice", b.note());
    assertEquals("سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص.", b.textOf(a.text()));
    assertEquals(0, b.start());
  }

  @Test
  void everySpanOfEverySeedSlicesTheTextAndIsTrimmed() {
    for (int n = 0; n < 5; n++) {
      Article a = Seeds.analyzed(n);
      String text = a.text();
      assertFalse(a.spans(SpanKind.TOKEN).isEmpty());
      for (Span s : a.spans()) {
        assertTrue(0 <= s.start() && s.start() < s.end() && s.end() <= text.length(), "seed " + n + " " + s);
        String slice = s.textOf(text);
        assertEquals(slice.strip(), slice, "seed " + n + " untrimmed " + s);
        if (s.kind() == SpanKind.TOKEN) {
          // Tokens are words and numbers: no punctuation, quote or space inside.
          assertTrue(slice.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || Character.getType(c)
              == Character.NON_SPACING_MARK || c == 'ـ'), "seed " + n + " token «" + slice + "»");
        }
      }
    }
  }

  @Test
  void tokensOfSentencesAreInsideThem() {
    Article a = Seeds.analyzed(0);
    List<Span> sentences = a.spans(SpanKind.SENTENCE);
    for (Span t : a.spans(SpanKind.TOKEN)) {
      assertTrue(sentences.stream().anyMatch(s -> s.start() <= t.start() && t.end() <= s.end()), t.toString());
    }
  }

  @Test
  void publicationDate() {
    Article a4 = Seeds.analyzed(4);
    assertEquals("2016-11-30", a4.published()); // «اليوم (الأربعاء) 30 نوفمبر/ تشرين الثاني 2016» in line 1
    assertEquals(PublishedFrom.TEXT, a4.publishedFrom());
    Article a0 = Seeds.analyzed(0);
    assertNull(a0.published());
    assertEquals(PublishedFrom.UNKNOWN, a0.publishedFrom());
    RawArticle withMeta = new RawArticle("x", "o", null, null, "2016-12-10T09:00:00Z", Seeds.text(4), false, "x",
        "json");
    Article meta = Seeds.ANALYZER.analyze(withMeta);
    assertEquals("2016-12-10T09:00:00Z", meta.published());
    assertEquals(PublishedFrom.METADATA, meta.publishedFrom());
  }

  @Test
  void languageAndFieldsAreCarried() {
    Article a = Seeds.analyzed(3);
    assertEquals("ar", a.language());
    assertEquals("seeds", a.outlet());
    assertEquals("text", a.format());
    assertNull(a.duplicateOf());
  }

  @Test
  void contentIdIgnoresLineEndingsAndSpacing() {
    String text = Seeds.text(0);
    String id = ArticleAnalyzer.contentId(text);
    assertEquals(16, id.length());
    assertTrue(id.matches("[0-9a-f]{16}"));
    assertEquals(id, ArticleAnalyzer.contentId(text.replace("\n", "\r\n")));
    assertEquals(id, ArticleAnalyzer.contentId("  " + text.replace(" ", "  \t") + "\n\n"));
    assertNotEquals(id, ArticleAnalyzer.contentId(text.replace("حلب", "دمشق")));
    assertEquals(id, Seeds.analyzed(0).id());
    // SHA-256("a b") starts with c8687a08aa5d6ed2: checked with `printf 'a b' | sha256sum`.
    assertEquals("c8687a08aa5d6ed2", ArticleAnalyzer.contentId(" a \r\n b "));
  }

  @Test
  void emptyAndBlankTextsAnalyseToNoSpans() {
    for (String t : new String[] {"", " \n\n\t "}) {
      Article a = Seeds.ANALYZER.analyze(Seeds.raw(t));
      assertTrue(a.spans().isEmpty());
      assertEquals("und", a.language());
    }
  }

  @Test
  void sharedBetweenThreadsGivesTheSameResults() throws Exception {
    List<Article> expected = new ArrayList<>();
    for (int n = 0; n < 5; n++) expected.add(Seeds.analyzed(n));
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> futures = new ArrayList<>();
      for (int round = 0; round < 40; round++) {
        int n = round % 5;
        futures.add(pool.submit(() -> Seeds.ANALYZER.analyze(Seeds.raw(Seeds.text(n)))));
      }
      for (int i = 0; i < futures.size(); i++) assertEquals(expected.get(i % 5), futures.get(i).get());
    } finally {
      pool.shutdown();
    }
  }
}
