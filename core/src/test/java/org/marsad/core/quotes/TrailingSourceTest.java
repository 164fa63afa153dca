package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.quotes.Quotes.startingWith;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Statements whose source trails them: «...، وفق X», «...، بحسب X». */
class TrailingSourceTest {

  @Test
  void aNamedSourceAfterWifqSpeaksForTheSentence() {
    List<Quote> quotes = TaggedSeeds.seed(0).quotes();
    // «وردت الفصائل المعارضة ... ما أسفر عن مقتل "تسعة مدنيين"، وفق المرصد السوري.»
    Quote q = startingWith(quotes, "وردت الفصائل المعارضة");
    assertEquals("وفق", q.verb());
    assertEquals("المرصد السوري", q.speaker());
    assertFalse(q.direct());
    assertTrue(q.text().endsWith("مقتل \"تسعة مدنيين\""), "the closing quote mark stays: " + q.text());
  }

  @Test
  void wifqMaKanaAAlanahuGivesTheVerbAndItsSubject() {
    List<Quote> quotes = TaggedSeeds.seed(0).quotes();
    // «ويجتمع خبراء روس وأمريكيون ... في محاولة "لإنقاذ حلب من دمار تام"، وفق ما كان أعلنه كيري.»: the
    // quote inside is part of Kerry's announcement, not a bare quote of its own.
    Quote q = startingWith(quotes, "ويجتمع خبراء روس");
    assertEquals("أعلن", q.verb());
    assertEquals("كيري", q.speaker());
    assertTrue(Quotes.noneStartsWith(quotes, "لإنقاذ حلب"));
  }

  @Test
  void anAnonymousSourceStaysUnknown() {
    // Seed 4: «إلى ذلك التقى ممثلون لروسيا ... في حلب، وفق ما أفاد مصدر قريب من الفصائل السورية ...».
    Quote q = startingWith(TaggedSeeds.seed(4).quotes(), "إلى ذلك التقى ممثلون");
    assertEquals("أفاد", q.verb());
    assertNull(q.speaker());
    assertEquals("إلى ذلك التقى ممثلون لروسيا وفصائل سورية معارضة في أنقرة لبحث هدنة في حلب", q.text());
  }

  @Test
  void bihasbNamesAnOrganisation() {
    // Seed 3: «والسبت، ادت نحو ثلاثين غارة ... الى سقوط عشرة قتلى، بينهم طفلان، بحسب الدفاع المدني في ...».
    Quote q = startingWith(TaggedSeeds.seed(3).quotes(), "والسبت، ادت نحو ثلاثين غارة");
    assertEquals("بحسب", q.verb());
    assertEquals("الدفاع المدني", q.speaker());
    assertTrue(q.text().endsWith("بينهم طفلان"), q.text());
  }
}
