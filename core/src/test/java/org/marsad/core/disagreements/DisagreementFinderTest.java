package org.marsad.core.disagreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementFinderTest {

  private final DisagreementFinder finder = new DisagreementFinder();

  private static Claim fled(String article, String period, long value, String qualifier, boolean approx) {
    return new Claim(article, "outlet-" + article, "fled", "civilians", "حلب", period, value, null, approx, qualifier,
        "text", 0, 4);
  }

  @Test
  void twoArticlesCountingTheSameSaturdaysFlightDifferentlyDisagree() {
    // The seeds' kind of case: civilians who fled Aleppo on Saturday, 10,000 in one report, 4,000 in another.
    List<Disagreement> found = finder.find(List.of(fled("a", "السبت", 10_000, null, false),
        fled("b", "أمس السبت", 4_000, null, false)));
    assertEquals(1, found.size(), "«السبت» and «أمس السبت» are the same day");
    assertEquals(2, found.get(0).claims().size());
    assertEquals(10_000, found.get(0).low());
    assertEquals(4_000, found.get(0).high());
  }

  @Test
  void hedgedFiguresThatCanBothBeTrueDoNotDisagree() {
    // «أكثر من 5 آلاف» fits 10,000; «عشرات الآلاف» (20,000 and up to ten times) fits 50,000; «نحو 9 آلاف»
    // (7,200 to 10,800) fits 10,000.
    assertTrue(finder.find(List.of(fled("a", "السبت", 10_000, null, false),
        fled("b", "السبت", 5_000, "more_than", true))).isEmpty());
    assertTrue(finder.find(List.of(fled("a", "السبت", 50_000, null, false),
        fled("b", "السبت", 20_000, null, true))).isEmpty());
    assertTrue(finder.find(List.of(fled("a", "السبت", 10_000, null, false),
        fled("b", "السبت", 9_000, "about", true))).isEmpty());
  }

  @Test
  void roundingIsNotADisagreement() {
    assertTrue(finder.find(List.of(fled("a", "السبت", 50_000, null, false),
        fled("b", "السبت", 52_000, null, false))).isEmpty(), "within 10%");
  }

  @Test
  void aCumulativeFigureIsNotContradictedByADailyOne() {
    // «منذ 22 نيسان» counts since April; «السبت» counts one day: both can be right.
    assertTrue(finder.find(List.of(fled("a", "منذ 22 نيسان", 100_000, null, false),
        fled("b", "السبت", 4_000, null, false))).isEmpty());
  }

  @Test
  void oneArticleIsNotADisagreementWithItselfAndOtherIsNeverCompared() {
    assertTrue(finder.find(List.of(fled("a", "السبت", 10_000, null, false),
        fled("a", "السبت", 4_000, null, false))).isEmpty());
    Claim x = new Claim("a", "o", "other", null, null, null, 3, null, false, null, "t", 0, 1);
    Claim y = new Claim("b", "o", "other", null, null, null, 300, null, false, null, "t", 0, 1);
    assertTrue(finder.find(List.of(x, y)).isEmpty());
  }

  @Test
  void countriesAtAMeetingAreCompared() {
    // Seed 000 says ten countries met in Paris; a report listing eleven disagrees.
    Claim ten = new Claim("000", "o1", "countries", null, "باريس", "السبت", 10, null, false, null, "عشر دول", 0, 7);
    Claim eleven = new Claim("002", "o2", "countries", null, "باريس", "السبت", 11, null, false, null, "11 دولة", 0, 7);
    List<Disagreement> found = finder.find(List.of(ten, eleven));
    assertEquals(1, found.size(), "small counts are exact: 10 countries is not 11");
    assertEquals("countries", found.get(0).kind());
  }
}
