package org.marsad.core.disagreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisagreementFinderTest {

  private final DisagreementFinder finder = new DisagreementFinder();

  private static Claim fled(String article, String period, long value, String qualifier, boolean approx) {
    return new Claim(article, "outlet-" + article, "2016-12-11", "fled", "civilians", "حلب", period, value, null, approx, qualifier,
        "الف مدني", 0, 4);
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
    Claim x = new Claim("a", "o", "2016-12-11", "other", null, null, null, 3, null, false, null, "t", 0, 1);
    Claim y = new Claim("b", "o", "2016-12-11", "other", null, null, null, 300, null, false, null, "t", 0, 1);
    assertTrue(finder.find(List.of(x, y)).isEmpty());
  }

  @Test
  void differentCountedNounsAndLooseFiguresAreNotCompared() {
    // ANT: «14 متهما» and «26 مجندا» in one story are different people; a figure with no place and no
    // period («المئات») is too loose to contradict anything.
    Claim accused = new Claim("a", "CNN", "2016-12-11", "killed", null, "الفرافرة", null, 14, null, false, null, "14 متهما", 0, 8);
    Claim conscripts = new Claim("b", "BBC", "2016-12-11", "killed", null, "الفرافرة", null, 26, null, false, null, "26 مجندا", 0, 8);
    assertTrue(finder.find(List.of(accused, conscripts)).isEmpty());
    Claim loose1 = new Claim("a", "CNN", "2016-12-11", "killed", null, null, null, 300, null, false, null, "300 قتيل", 0, 8);
    Claim loose2 = new Claim("b", "BBC", "2016-12-11", "killed", null, null, null, 20, null, false, null, "20 قتيل", 0, 7);
    assertTrue(finder.find(List.of(loose1, loose2)).isEmpty());
  }

  @Test
  void withSeveralOutletsOneOutletsTwoArticlesDoNotDisagree() {
    // Sky News's two updates of a toll are its own revisions, not a disagreement between outlets.
    Claim early = new Claim("a", "skynews", "2016-12-11", "killed", null, "غزة", "الجمعة", 4, null, false, null, "4 فلسطينيين", 0, 5);
    Claim late = new Claim("b", "skynews", "2016-12-11", "killed", null, "غزة", "الجمعة", 6, null, false, null, "6 فلسطينيين", 0, 5);
    Claim other = new Claim("c", "BBC", "2016-12-11", "injured", null, "غزة", "الجمعة", 50, null, false, null, "50 جريحا", 0, 5);
    assertTrue(finder.find(List.of(early, late, other)).isEmpty());
    // Against BBC's seven, it is one.
    Claim bbc = new Claim("d", "BBC", "2016-12-11", "killed", null, "غزة", "الجمعة", 7, null, false, null, "سبعة فلسطينيين", 0, 5);
    assertEquals(1, finder.find(List.of(early, late, bbc)).size());
  }

  @Test
  void aRunningTollIsComparedWithTheSameDaysOnly() {
    // Gaza, no period in the sentence: 52 killed on the 14th and 60 on the 15th are one toll rising.
    Claim monday = new Claim("a", "skynews", "2018-05-14", "killed", null, "غزة", null, 52, null, false, null, "52 فلسطينيا", 0, 5);
    Claim tuesday = new Claim("b", "BBC", "2018-05-15", "killed", null, "غزة", null, 60, null, false, null, "60 فلسطينيا", 0, 5);
    assertTrue(finder.find(List.of(monday, tuesday)).isEmpty());
    Claim sameDay = new Claim("c", "BBC", "2018-05-14", "killed", null, "غزة", null, 41, null, false, null, "41 فلسطينيا", 0, 5);
    assertEquals(1, finder.find(List.of(monday, sameDay)).size(), "52 against 41 on the same day");
  }

  @Test
  void countriesAtAMeetingAreCompared() {
    // Seed 000 says ten countries met in Paris; a report listing eleven disagrees.
    Claim ten = new Claim("000", "o1", "2016-12-11", "countries", null, "باريس", "السبت", 10, null, false, null, "عشر دول", 0, 7);
    Claim eleven = new Claim("002", "o2", "2016-12-11", "countries", null, "باريس", "السبت", 11, null, false, null, "11 دولة", 0, 7);
    List<Disagreement> found = finder.find(List.of(ten, eleven));
    assertEquals(1, found.size(), "small counts are exact: 10 countries is not 11");
    assertEquals("countries", found.get(0).kind());
  }
}
