package org.marsad.core.boilerplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

class BoilerplateRulesTest {

  private final BoilerplateRules rules = BoilerplateRules.defaults();

  /** Rule names that mark the whole of {@code line}. */
  private List<String> marks(String line) {
    List<Span> found = rules.find(line, new Span(SpanKind.PARAGRAPH, 0, line.length()));
    found.forEach(s -> assertEquals(line.length(), s.end(), "marks the whole line"));
    return found.stream().map(Span::note).toList();
  }

  @Test
  void readAlsoSpellings() {
    for (String line : List.of("اقرأ أيضا: الجمعية الأممية تصوت بأكثرية لوقف إطلاق النار في سوريا",
        "اقرأ أيضاً: كيري يعلن عن اجتماع", "إقرأ ايضا - هدنة في حلب", "اقرأ المزيد", "إقرأ المزيد عن حلب",
        "للمزيد: تابع التغطية", "• شاهد أيضا: فيديو القصف", "Read also: Aleppo talks")) {
      assertEquals(List.of("read-also"), marks(line), line);
    }
  }

  @Test
  void lineLengthLimitCountsTheTrimmedFirstLine() {
    // ReadAlsoRule allows 300 chars. The rule stops scanning at the first non-space past the limit, so
    // check both sides of it: a line of exactly 300 chars followed by trailing spaces and a second line is
    // marked (up to its last letter); one of 301 chars is not.
    String head = "اقرأ أيضا: ";
    String exact = head + "ب".repeat(300 - head.length());
    String text = exact + " \t   \nسطر ثان من الخبر";
    List<Span> found = rules.find(text, new Span(SpanKind.PARAGRAPH, 0, text.length()));
    assertEquals(List.of(new Span(SpanKind.BOILERPLATE, 0, 300, "read-also")), found);
    String over = exact + "ب" + "   \nسطر ثان";
    assertEquals(List.of(), rules.find(over, new Span(SpanKind.PARAGRAPH, 0, over.length())));
  }

  @Test
  void imageNotice() {
    assertEquals(List.of("image-notice"), marks("سيتم حجب هذه الصورة تلقائيا عندما يتم الإبلاغ عنها من طرف عدة أشخاص."));
  }

  @Test
  void sharePromptsOnlyWhenShortAndNothingElse() {
    for (String line : List.of("شارك على فيسبوك", "تابعونا على تويتر", "اشترك في النشرة البريدية",
        "Follow us on Twitter", "جميع الحقوق محفوظة © 2016", "© جميع الحقوق محفوظة")) {
      assertEquals(List.of("share-prompt"), marks(line), line);
    }
    // A real sentence that opens with the same verb: too long, and it holds a stop.
    assertEquals(List.of(), marks("تابعوا المفاوضات في جنيف باهتمام بالغ طوال الأسبوع الماضي دون أن يتوصلوا إلى أي اتفاق."));
    assertEquals(List.of(), marks("تابعوا القصف. ثم غادروا المدينة."));
  }

  @Test
  void articleTextIsNotBoilerplate() {
    for (String line : List.of("وفي باريس، عقدت عشر دول غربية وعربية تدعم المعارضة السورية اجتماعا.",
        "وتابع قائلاً إن ما يجري في حلب هو أسوأ كارثة.", "فرار المدنيين", "قرأ الوزير البيان أيضا")) {
      assertEquals(List.of(), marks(line), line);
    }
  }

  @Test
  void onlyTheFirstLineOfAParagraphIsMarked() {
    String text = "اقرأ أيضا: هدنة في حلب\nوقال الوزير إن القصف مستمر.";
    List<Span> found = rules.find(text, new Span(SpanKind.PARAGRAPH, 0, text.length()));
    assertEquals(1, found.size());
    assertEquals("اقرأ أيضا: هدنة في حلب", found.get(0).textOf(text));
    assertTrue(rules.asStandaloneLine().test(text, 0, text.indexOf('\n')));
  }
}
