package org.marsad.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateMentionFinderTest {

  private final DateMentionFinder finder = new DateMentionFinder();

  private static String seed(String prefix) throws IOException {
    try (var files = Files.list(Path.of("../samples/aleppo-2016"))) {
      return Files.readString(files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
    }
  }

  private static DateMention first(List<DateMention> found, String text) {
    return found.stream().filter(d -> d.text().equals(text)).findFirst()
        .orElseThrow(() -> new AssertionError("no «" + text + "» in " + found));
  }

  @Test
  void seed002ResolvesYesterdaySaturdayAndSinceMidNovember() throws IOException {
    // Seed 002 reports the Paris meeting of Saturday 10 December 2016 the next day, Sunday the 11th.
    String text = seed("002");
    List<DateMention> found = finder.find(text, LocalDate.of(2016, 12, 11));
    DateMention yesterday = first(found, "أمس السبت");
    assertEquals(LocalDate.of(2016, 12, 10), yesterday.date());
    assertTrue(yesterday.relative());
    // «في منتصف نوفمبر»: the middle of the November before publication, to the month.
    DateMention mid = first(found, "منتصف نوفمبر");
    assertEquals(LocalDate.of(2016, 11, 15), mid.date());
    assertFalse(mid.since());
    assertEquals(DateMention.Precision.MONTH, mid.precision());
    // Seed 000 writes both month names: «ومنذ منتصف شهر تشرين الثاني/نوفمبر», a period from 15 November.
    DateMention both = finder.find("ومنذ منتصف شهر تشرين الثاني/نوفمبر، تمكنت", LocalDate.of(2016, 12, 11)).get(0);
    assertEquals("منذ منتصف شهر تشرين الثاني/نوفمبر", both.text());
    assertEquals(LocalDate.of(2016, 11, 15), both.date());
    // «منذ منتصف نوفمبر» would open a period instead.
    assertTrue(finder.find("يحاصر منذ منتصف نوفمبر", LocalDate.of(2016, 12, 11)).get(0).since());
    for (DateMention d : found) assertEquals(d.text(), text.substring(d.start(), d.end()), "spans slice the text");
  }

  @Test
  void seed003ReadsDayAndMonthWithoutAYearInBothMonthSystems() throws IOException {
    // Seed 003 (Kerry heading to Geneva) was published on Sunday 1 May 2016; «منذ 22 نيسان/ابريل» is the
    // start of the bombing campaign, «27 شباط/فبراير» the truce of that year.
    String text = seed("003");
    List<DateMention> found = finder.find(text, LocalDate.of(2016, 5, 1));
    DateMention since = first(found, "منذ 22 نيسان/ابريل");
    assertEquals(LocalDate.of(2016, 4, 22), since.date());
    assertTrue(since.since());
    assertEquals(LocalDate.of(2016, 2, 27), first(found, "27 شباط/فبراير").date());
    // «منذ عام 2011»: the war's start, to the year.
    DateMention war = first(found, "منذ عام 2011");
    assertEquals(LocalDate.of(2011, 1, 1), war.date());
    assertEquals(DateMention.Precision.YEAR, war.precision());
    assertTrue(war.since());
    // «اليوم نفسه» is the day just told, not the publication day.
    assertFalse(found.stream().anyMatch(d -> d.text().equals("اليوم") && text.startsWith("اليوم نفسه", d.start())));
  }

  @Test
  void weekdaysPointToTheMostRecentOneUnlessTheTextSaysOtherwise() {
    LocalDate sunday = LocalDate.of(2016, 12, 11);
    String text = "اجتمعوا السبت ثم الجمعة الماضي وسيلتقون الاثنين المقبل، وقال اليوم إن";
    List<DateMention> found = finder.find(text, sunday);
    assertEquals(LocalDate.of(2016, 12, 10), first(found, "السبت").date());
    assertEquals(LocalDate.of(2016, 12, 9), first(found, "الجمعة الماضي").date());
    assertEquals(LocalDate.of(2016, 12, 12), first(found, "الاثنين المقبل").date());
    assertEquals(sunday, first(found, "اليوم").date());
  }

  @Test
  void fullDatesNeedNoPublicationDateAndRelativeOnesDo() {
    String text = "عقد الاجتماع في 10 كانون الأول 2016 بعد لقاء أمس";
    List<DateMention> found = finder.find(text, null);
    assertEquals(1, found.size(), "«أمس» cannot be placed without a publication date: " + found);
    assertEquals(LocalDate.of(2016, 12, 10), found.get(0).date());
    assertFalse(found.get(0).relative());
  }

  @Test
  void numericDatesAreDayMonthYear() {
    // Arabic news writes dates day first: «12/4/2010» is 12 April; a spaced form too.
    assertEquals(LocalDate.of(2010, 4, 12), finder.find("بتاريخ 12/4/2010", null).get(0).date());
    assertEquals(LocalDate.of(2010, 4, 12), finder.find("( 12 / 4 / 2010 )", null).get(0).date());
    assertEquals(LocalDate.of(2010, 4, 12), finder.find("في 2010-04-12", null).get(0).date());
    assertTrue(finder.find("النتيجة 12/40/2010", null).isEmpty(), "no 40th month");
  }

  @Test
  void yearsWithAYearWordOrInParentheses() {
    // Wojood's style: «عام ( 1948 )»; news style: «في 2016», «قبل 1990».
    assertEquals(LocalDate.of(1948, 1, 1), finder.find("النكبة عام ( 1948 )", null).get(0).date());
    assertEquals(LocalDate.of(2016, 1, 1), finder.find("وقعت في 2016 حوادث", null).get(0).date());
    // «في 1500 مدينة» counts towns: no year.
    assertTrue(finder.find("انتشر في 1500 مدينة", null).isEmpty());
  }

  @Test
  void aDayAndMonthLaterInTheYearThanPublicationIsLastYears() {
    // Published 5 January 2017: «28 كانون الأول» is eight days before, in 2016.
    List<DateMention> found = finder.find("منذ 28 كانون الأول", LocalDate.of(2017, 1, 5));
    assertEquals(LocalDate.of(2016, 12, 28), found.get(0).date());
  }

  @Test
  void hijriDatesConvertThroughUmmAlQura() {
    // 1 Muharram 1438 was Sunday 2 October 2016 in the Umm al-Qura calendar (Saudi Arabia's official one).
    assertEquals(LocalDate.of(2016, 10, 2), finder.find("صدر في 1 محرم 1438 هـ", null).get(0).date());
    // Wojood: «عام ( 1325 ) هجري» is the hijri year that began on 14 February 1907.
    DateMention y = finder.find("مضابط بلدية نابلس عام ( 1325 ) هجري", null).get(0);
    assertEquals(1907, y.date().getYear());
    assertEquals(DateMention.Precision.YEAR, y.precision());
    assertEquals("عام ( 1325 ) هجري", y.text());
    // «1412هـ» glued: a hijri year (1991-1992), not a count.
    assertEquals(1991, finder.find("تأسست 1412هـ", null).get(0).date().getYear());
    // 30 Sha'ban does not exist every year; a day a month cannot hold is no date.
    assertTrue(finder.find("في 31 شعبان 1428", null).isEmpty());
  }

  @Test
  void bareYearsOnlyWhereTheContextMakesThemYears() {
    // An event named by its year: «حرب 1948», «الانتفاضة الأولى 1987» (the noun two words back).
    assertEquals("1948", finder.find("قرية دير ياسين قبل حرب 1948 ( النكبة ) .", null).get(0).text());
    assertEquals("1987", finder.find("بيانات الانتفاضة الأولى 1987 صادر عن القيادة", null).get(0).text());
    // Nothing after it but the end of the sentence: «... في قرية زرعين ( 1948 ) .» is taken by the brackets,
    // and «خلال 2016.» by the punctuation.
    assertEquals("( 1948 )", finder.find("في قرية زرعين ( 1948 ) .", null).get(0).text());
    assertEquals(1924, finder.find("الفترة العثمانية : ( 1343 ) هجري", null).get(0).date().getYear());
    // «1000 م مربع» is an area, not the year 1000.
    assertTrue(finder.find("مساحة 1000 م مربع", null).isEmpty());
    assertEquals(2016, finder.find("تراجعت المبيعات خلال 2016.", null).get(0).date().getYear());
    // A count names what it counts; a number after «رقم» numbers a thing.
    assertTrue(finder.find("نزح 1948 شخصا من القرية", null).isEmpty());
    assertTrue(finder.find("صدر البيان رقم 1987.", null).isEmpty());
    // A span of years, bare or in brackets, is one mention from its first year.
    DateMention range = finder.find("حول ثورة فلسطين 1936 - 1939 .", null).get(0);
    assertEquals("1936 - 1939", range.text());
    assertEquals(1936, range.date().getYear());
  }

  @Test
  void agoCountsBackFromPublication() {
    LocalDate published = LocalDate.of(2016, 12, 11);
    assertEquals(LocalDate.of(2016, 12, 4), finder.find("قتل قبل سبعة أيام", published).get(0).date());
    DateMention twoYears = finder.find("يعيش في المخيم منذ عامين", published).get(0);
    assertEquals(LocalDate.of(2014, 12, 11), twoYears.date());
    assertTrue(twoYears.since(), "«منذ» opens a period running to publication");
    assertEquals(LocalDate.of(2016, 11, 11), finder.find("قبل شهر", published).get(0).date());
    // «قبل أيام» says no amount; «قبل عام 2010» is the year, not one year ago.
    assertTrue(finder.find("وصل قبل أيام", published).isEmpty());
    assertEquals(LocalDate.of(2010, 1, 1), finder.find("قبل عام 2010", published).get(0).date());
  }

  @Test
  void aMonthAloneWhenNamedTwiceOrIntroduced() {
    LocalDate published = LocalDate.of(2016, 12, 11);
    assertEquals(LocalDate.of(2016, 3, 1), finder.find("في آذار / مارس سقطت", published).get(0).date());
    assertEquals(LocalDate.of(2016, 9, 1), finder.find("بدأ الحصار في أيلول", published).get(0).date());
    // «مارس» alone is also the verb «practised».
    assertTrue(finder.find("مارس الضغط على الحكومة", published).isEmpty());
  }

  @Test
  void monthFirstNumericDatesWhenTheDayCannotBeAMonth() {
    // «4 / 22 / 1948»: there is no 22nd month, so it is 22 April (US order, seen in Wojood).
    assertEquals(LocalDate.of(1948, 4, 22), finder.find("بتاريخ ( 4 / 22 / 1948 )", null).get(0).date());
  }
}
