package org.marsad.core.paragraphs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphSplitterTest {

  private final ParagraphSplitter splitter = new ParagraphSplitter();

  private List<String> split(String text) {
    return splitter.split(text).stream().map(s -> s.textOf(text)).toList();
  }

  @Test
  void blankLinesAndFinishedLinesEndParagraphs() {
    assertEquals(List.of("الأول انتهى.", "الثاني انتهى.", "الثالث."),
        split("  الأول انتهى.\r\n\r\nالثاني انتهى.\nالثالث.  \n"));
  }

  @Test
  void hardWrappedSentenceOfSeed000IsOneParagraph() {
    // Line 1 has a clause comma and line 2 opens with "كيري،" (apposition cut); lines 2 and 3 end with the
    // particles "به" and "في".
    String text = "قال وزير الخارجية الأمريكي، جون\nكيري، السبت، إن \"القصف العشوائي\" الذي يقوم به\n"
        + "النظام السوري في\nحلب يرقى إلى جرائم حرب.\nوأضاف في ختام اجتماع.";
    assertEquals(2, split(text).size());
    assertEquals(text.substring(0, text.indexOf("\nوأضاف")), split(text).get(0));
  }

  @Test
  void subHeadingsWithoutStopStayParagraphs() {
    assertEquals(List.of("وعقدت ثلاث جولات بالفشل.", "فرار المدنيين", "ويجتمع خبراء روس."),
        split("وعقدت ثلاث جولات بالفشل.\nفرار المدنيين\nويجتمع خبراء روس."));
    assertEquals(List.of("\"قصف غير طبيعي\"", "ووصف المتحدث القصف."), split("\"قصف غير طبيعي\"\nووصف المتحدث القصف."));
  }

  @Test
  void headlineWithCommaIsNotGluedToABodyOpeningWithAWord() {
    // The comma rule needs both sides: here the next line's first word has no comma after it.
    assertEquals(List.of("حلب، المدينة الجريحة", "دعت الولايات المتحدة إلى وقف القصف."),
        split("حلب، المدينة الجريحة\nدعت الولايات المتحدة إلى وقف القصف."));
  }

  @Test
  void openQuoteAndTrailingCommaJoinLines() {
    assertEquals(1, split("وقال: «لن نتراجع\nعن مواقفنا» أمس.").size());
    assertEquals(1, split("وقال الوزير،\nإن القصف مستمر.").size());
    assertEquals(1, split("وقال الوزير\n، إن القصف مستمر.").size());
    // A colon introduces a block laid out on its own: a quote, a poem, an interview answer.
    assertEquals(2, split("وقال في الحوار التالي:\nتجربتي كانت ناجحة.").size());
  }

  @Test
  void stopCommaSeparatorOfSeed001EndsParagraphs() {
    String text = "الأول انتهى., الثاني \"انتهى\"., الثالث.، الرابع.";
    assertEquals(List.of("الأول انتهى.", "الثاني \"انتهى\".", "الثالث.", "الرابع."), split(text));
  }

  @Test
  void standaloneLinesAreNeverJoined() {
    String text = "اقرأ أيضا: اجتماع في\nجنيف لبحث الهدنة.";
    assertEquals(1, split(text).size());
    var spans = splitter.split(text, (t, s, e) -> t.startsWith("اقرأ", s));
    assertEquals(2, spans.size());
  }
}
