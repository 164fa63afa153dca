package org.marsad.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.marsad.core.figures.Figures.find;
import static org.marsad.core.figures.Figures.reads;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;

/** Figures of the five Aleppo 2016 seeds, each read by hand from the text. */
class SeedFiguresTest {

  private static List<Figure> seed(int n) {
    return new FigureExtractor().extract(Seeds.analyzed(n));
  }

  @Test
  void seed000ParisMeetingAndAleppo() {
    List<Figure> fs = seed(0);
    // «عقدت عشر دول غربية وعربية ... اجتماعا»: ten countries met in Paris
    reads(find(fs, "عشر دول"), 10, false, null, "countries", null);
    // «ما أسفر عن مقتل "تسعة مدنيين"»: the event noun «مقتل» before the quote
    reads(find(fs, "تسعة مدنيين"), 9, false, null, "killed", "civilians");
    // «باتت تسيطر على أكثر من 85 في المئة من مساحة هذه الأحياء»: a share, not a count
    reads(find(fs, "أكثر من 85 في المئة"), 85, true, "more_than", "other", null);
    // «ودفع التصعيد العسكري عشرات الآلاف من سكان الأحياء الشرقية إلى الفرار»
    reads(find(fs, "عشرات الآلاف"), 20_000, true, null, "fled", null);
    // «فقدان المئات من الرجال»: hundreds of men missing
    reads(find(fs, "المئات"), 200, true, null, "missing", null);
  }

  @Test
  void civiliansWhoFledOnSaturdayAgreeAcrossOutlets() {
    // seed 000: «وأفاد المرصد السوري بـ"فرار أكثر من ألفي مدني" السبت»
    Figure afp = find(seed(0), "أكثر من ألفي مدني");
    reads(afp, 2000, true, "more_than", "fled", "civilians");
    assertEquals("السبت", afp.period());
    // seed 002 says it twice: «عن «فرار أكثر من ألفي مدني» أمس» and later «... السبت»
    List<Figure> fs = seed(2);
    Figure yesterday = find(fs, "أكثر من ألفي مدني", 0);
    reads(yesterday, 2000, true, "more_than", "fled", "civilians");
    assertEquals("أمس", yesterday.period());
    assertEquals("السبت", find(fs, "أكثر من ألفي مدني", 1).period());
  }

  @Test
  void seed001CountriesAtParis() {
    List<Figure> fs = seed(1);
    // «وكانت عشر دول غربية وعربية ... قد اجتمعت في باريس», then «ممثلو 5 دول غربية ... و4 دول عربية»
    reads(find(fs, "عشر دول"), 10, false, null, "countries", null);
    reads(find(fs, "5 دول"), 5, false, null, "countries", null);
    reads(find(fs, "4 دول"), 4, false, null, "countries", null);
  }

  @Test
  void seed002DualsHundredsAndCasualties() {
    List<Figure> fs = seed(2);
    reads(find(fs, "عشر دول"), 10, false, null, "countries", null);
    // «وأربع دول عربية هي: المملكة وقطر والإمارات والأردن»: the glued «و» stays outside the span
    reads(find(fs, "أربع دول"), 4, false, null, "countries", null);
    // «سترسل مائتي جندي إضافي إلى سوريا»: construct dual of مائة
    reads(find(fs, "مائتي جندي"), 200, false, null, "troops", "troops");
    // «وسينضمون إلى ثلاثمائة من القوات»: the partitive noun names the troops
    reads(find(fs, "ثلاثمائة"), 300, false, null, "troops", "troops");
    // «قتل 409 مدنيين بينهم 45 طفلا»: the verb «قتل» covers both counts
    reads(find(fs, "409 مدنيين"), 409, false, null, "killed", "civilians");
    reads(find(fs, "45 طفلا"), 45, false, null, "killed", "children");
    // «دفع فيه قصف النظام عشرات آلاف المدنيين للفرار»
    reads(find(fs, "عشرات آلاف المدنيين"), 20_000, true, null, "fled", "civilians");
    // «التي تم طردهم منها قبل ثمانية أشهر»: a time ago, not a count
    assertFalse(Figures.texts(fs).stream().anyMatch(t -> t.contains("ثمانية")), Figures.texts(fs).toString());
  }

  @Test
  void seed003KerryGenevaCumulativeAndDailyCounts() {
    List<Figure> fs = seed(3);
    // «حرب قتل فيها اكثر من 270 الف شخص منذ عام 2011»: cumulative since 2011
    Figure war = find(fs, "اكثر من 270 الف شخص");
    reads(war, 270_000, true, "more_than", "killed", null);
    assertEquals("منذ عام 2011", war.period());
    // «ومنذ 22 نيسان/ابريل، قتل اكثر من 246 مدنيا»
    Figure since = find(fs, "اكثر من 246 مدنيا");
    reads(since, 246, true, "more_than", "killed", "civilians");
    assertEquals("منذ 22 نيسان/ابريل", since.period());
    // «والسبت، ادت نحو ثلاثين غارة ... الى سقوط عشرة قتلى»: a daily count, on Saturday
    reads(find(fs, "نحو ثلاثين غارة"), 30, true, "about", "other", null);
    Figure saturday = find(fs, "عشرة قتلى");
    reads(saturday, 10, false, null, "killed", null);
    assertEquals("السبت", saturday.period());
    // «، بينهم طفلان»: the dual noun alone counts two, among the killed
    reads(find(fs, "طفلان"), 2, false, null, "killed", "children");
    // «حيث لا يزال يقيم نحو 200 الف شخص»: residents, no event
    reads(find(fs, "نحو 200 الف شخص"), 200_000, true, "about", "other", null);
    // «والسبت فر العشرات من سكان المناطق» and «فر عشرات العائلات»
    reads(find(fs, "العشرات"), 20, true, null, "fled", null);
    reads(find(fs, "عشرات العائلات"), 20, true, null, "fled", null);
  }

  @Test
  void seed004PressConference() {
    List<Figure> fs = seed(4);
    // «ليتمكن نحو 250 ألف مدني من مغادرة المنطقة»: people who could leave, not people who fled
    reads(find(fs, "نحو 250 ألف مدني"), 250_000, true, "about", "civilians", "civilians");
    // «سوريا تعتقل المئات» and «اعتقلت المئات ممن أُجبروا على الهرب»
    reads(find(fs, "المئات", 0), 200, true, null, "arrested", null);
    reads(find(fs, "المئات", 1), 200, true, null, "arrested", null);
    // «أن عشرات المدنيين قُتلوا اليوم»: the verb after the noun
    reads(find(fs, "عشرات المدنيين"), 20, true, null, "killed", "civilians");
    // «وفر أكثر من 50 ألف شخص من مناطق سيطرة مقاتلي المعارضة»
    reads(find(fs, "أكثر من 50 ألف شخص"), 50_000, true, "more_than", "fled", null);
  }

  private static final Pattern YEAR = Pattern.compile("[12][09]\\d\\d");

  @Test
  void datesAreNotFiguresAndOffsetsHold() {
    for (int n = 0; n < 5; n++) {
      String text = Seeds.analyzed(n).text();
      for (Figure f : seed(n)) {
        assertEquals(f.text(), text.substring(f.start(), f.end()));
        // years («عام 2012», «تشرين الثاني 2016») and day numbers («27 شباط», «30 نوفمبر») are dates
        assertFalse(YEAR.matcher(f.text()).find(), f.text());
        assertFalse(f.text().matches("(22|27|30|7)"), f.text());
      }
    }
  }

  @Test
  void seedFigureCounts() {
    // every quantity read by hand in each seed: 000 has 7 (countries, 9 killed, 85%, three rounds, tens of
    // thousands fled, 2000 fled, hundreds missing); 001 the three country counts; 002 has 10 (the 10 and
    // 4 countries, 2000 fled twice, two «tens of thousands», 200 and 300 troops, 409 and 45 killed); 003 has
    // 8 (270000, 246, 30 raids, 10 killed, 2 children, 200000 residents, two «tens» fled); 004 has 5
    // (250000, hundreds arrested twice, tens killed, 50000 fled). «عدة» (several) is not counted.
    assertEquals(List.of(7, 3, 10, 8, 5),
        List.of(seed(0).size(), seed(1).size(), seed(2).size(), seed(3).size(), seed(4).size()));
  }
}
