package org.marsad.core.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private final SentenceSplitter splitter = new SentenceSplitter();

  private List<String> split(String text) {
    return splitter.split(text, 0, text.length()).stream().map(s -> s.textOf(text)).toList();
  }

  @Test
  void arabicQuestionAndExclamationMarksEndSentences() {
    assertEquals(List.of("هل تسقط حلب؟", "لا أحد يعرف!", "لكن القصف مستمر."),
        split("هل تسقط حلب؟ لا أحد يعرف! لكن القصف مستمر."));
  }

  @Test
  void runsOfStopsEndOnce() {
    assertEquals(List.of("ماذا بعد؟!", "انتظروا..."), split("ماذا بعد؟! انتظروا..."));
  }

  @Test
  void noSplitInsideGuillemetsCurlyOrAsciiQuotes() {
    assertEquals(List.of("قال: «لن نتراجع. سنقاتل» ثم غادر.", "وبعدها هدأ القصف."),
        split("قال: «لن نتراجع. سنقاتل» ثم غادر. وبعدها هدأ القصف."));
    assertEquals(List.of("قال: “لن نتراجع. سنقاتل” ثم غادر."), split("قال: “لن نتراجع. سنقاتل” ثم غادر."));
    // ASCII quotes toggle: the first opens, the second closes, the third opens again.
    assertEquals(List.of("قال \"نعم. نعم\" أمس.", "وقال \"لا. لا\"."), split("قال \"نعم. نعم\" أمس. وقال \"لا. لا\"."));
  }

  @Test
  void elisionInsideQuoteEndsNothing() {
    assertEquals(List.of("قال: \"سننقذ حلب (..) وغداً سيكون هناك فريق\"."),
        split("قال: \"سننقذ حلب (..) وغداً سيكون هناك فريق\"."));
  }

  @Test
  void unpairedQuoteDoesNotSwallowTheParagraph() {
    // One stray ASCII quote: quotes are ignored, so both stops still end sentences.
    assertEquals(List.of("قال المصدر \"إن القصف عنيف.", "وأضاف أن المدنيين فروا."),
        split("قال المصدر \"إن القصف عنيف. وأضاف أن المدنيين فروا."));
  }

  @Test
  void missingSpaceAfterStopBeforeArabicLetterStillSplits() {
    assertEquals(List.of("عبر موقع \"تويتر\".", "بعد الجدل."), split("عبر موقع \"تويتر\".بعد الجدل."));
  }

  @Test
  void decimalsLatinAbbreviationsAndArabicInitialsDoNotSplit() {
    assertEquals(List.of("ارتفع المؤشر 3.5 بالمئة في U.S.A اليوم."), split("ارتفع المؤشر 3.5 بالمئة في U.S.A اليوم."));
    assertEquals(List.of("قال د. محمد إن الوضع خطير."), split("قال د. محمد إن الوضع خطير."));
  }

  @Test
  void regionOffsetsPointIntoTheWholeText() {
    String text = "مقدمة. الجملة الأولى. الثانية.";
    int from = text.indexOf("الجملة");
    var spans = splitter.split(text, from, text.length());
    assertEquals("الجملة الأولى.", spans.get(0).textOf(text));
    assertEquals("الثانية.", spans.get(1).textOf(text));
  }
}
