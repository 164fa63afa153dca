package org.marsad.core.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private final Tokenizer tokenizer = new Tokenizer();

  private List<String> tokens(String text, int from, int to) {
    return tokenizer.tokenize(text, from, to).stream().map(s -> s.textOf(text)).toList();
  }

  @Test
  void wordsAndNumbersWithoutPunctuation() {
    String text = "وقال كيري، السبت: إن \"القصف العشوائي\" (في حلب) قتل 409 مدنيين.";
    assertEquals(List.of("وقال", "كيري", "السبت", "إن", "القصف", "العشوائي", "في", "حلب", "قتل", "409", "مدنيين"),
        tokens(text, 0, text.length()));
  }

  @Test
  void offsetsOfARegionPointIntoTheWholeText() {
    String text = "اقرأ أيضا: عنوان\nوفي باريس، عقدت عشر دول";
    int from = text.indexOf('\n') + 1;
    var spans = tokenizer.tokenize(text, from, text.length());
    assertEquals(from, spans.get(0).start());
    assertEquals(List.of("وفي", "باريس", "عقدت", "عشر", "دول"), tokens(text, from, text.length()));
  }

  @Test
  void hashtagsAndGlommedQuotesSplitAtPunctuation() {
    String text = "هاشتاغ \"#حلب تحترق\" لـ\"إنقاذ حلب\" يطلقون«المرحلة الثانية»";
    assertEquals(List.of("هاشتاغ", "حلب", "تحترق", "لـ", "إنقاذ", "حلب", "يطلقون", "المرحلة", "الثانية"),
        tokens(text, 0, text.length()));
  }

  @Test
  void emptyRegionHasNoTokens() {
    assertEquals(List.of(), tokens("حلب", 1, 1));
  }
}
