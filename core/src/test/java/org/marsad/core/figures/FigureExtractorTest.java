package org.marsad.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.figures.Figures.find;
import static org.marsad.core.figures.Figures.reads;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/** The rules one at a time, on short news-style sentences. */
class FigureExtractorTest {

  private static final FigureExtractor EXTRACTOR = new FigureExtractor();

  private static List<Figure> figures(String text) {
    return EXTRACTOR.extract(Seeds.ANALYZER.analyze(Seeds.raw(text)));
  }

  @Test
  void separatorsAndArrestVerb() {
    List<Figure> fs = figures("اعتقلت الشرطة 1,500 شخص في المدينة.\n");
    // «اعتقلت» two words before the number: arrested; «شخص» names no group
    reads(find(fs, "1,500 شخص"), 1500, false, null, "arrested", null);
  }

  @Test
  void atLeastWithPlace() {
    String text = "قتل ما لا يقل عن 12 جنديا في حمص.\n";
    Article a = Seeds.ANALYZER.analyze(Seeds.raw(text));
    int homs = text.indexOf("حمص");
    List<Span> spans = new ArrayList<>(a.spans());
    spans.add(new Span(SpanKind.ENTITY, homs, homs + 3, "LOC"));
    Figure f = find(EXTRACTOR.extract(a.withSpans(spans)), "ما لا يقل عن 12 جنديا");
    // the event verb «قتل» gives the kind, the noun «جنديا» who was counted
    reads(f, 12, true, "at_least", "killed", "troops");
    assertEquals("حمص", f.place());
    assertEquals(homs, f.placeStart());
  }

  @Test
  void lessThanIsAnUpperBound() {
    Figure f = find(figures("نزح أقل من 50 مدنيا من القرية.\n"), "أقل من 50 مدنيا");
    // «less than 50»: nothing below is ruled out, so the lower bound is 0 and 50 the upper
    reads(f, 0, true, "less_than", "fled", "civilians");
    assertEquals(50L, f.upper());
  }

  @Test
  void datesTimesYearsAndIdsAreNotFigures() {
    List<Figure> fs = figures("في 10 كانون الأول 2016 وعند الساعة 10 اتصلوا بالرقم 0933123456 ثم نشر المقال"
        + " 123456789 في الطبعة الثانية عشرة عام 2015 بعد 10:30.\n");
    assertEquals(List.of(), Figures.texts(fs));
  }

  @Test
  void fourCharsWithASeparatorAreNoYear() {
    List<Figure> fs = figures("ارتفع المؤشر 1.30 نقطة.\n");
    // «1.30» is read (a decimal, rounded down to 1), not mistaken for a year
    reads(find(fs, "1.30 نقطة"), 1, false, null, "other", null);
  }

  @Test
  void listNumbersCodesAndHijriDatesAreNotFigures() {
    // a list item number, a CSS width, a hijri date with spaced slashes, a year with its era mark
    assertEquals(List.of(), Figures.texts(figures("2.\n")));
    assertEquals(List.of(), Figures.texts(figures("5- وإذا استمرت فترة الامتناع.\n")));
    assertEquals(List.of(), Figures.texts(figures("width:380px; float: right.\n")));
    assertEquals(List.of(), Figures.texts(figures("صدر بتاريخ 27 / 8 / 1412هـ في الرياض.\n")));
    assertEquals(List.of(), Figures.texts(figures("بلغت الأرباح ذروتها في 2013م.\n")));
  }

  @Test
  void wordsAfterTheNounAndBracketsStillGiveTheKind() {
    // «لقي ... مصرعهم» says they were killed, two words after the noun
    reads(find(figures("لقي 4 أشخاص من عائلة واحدة مصرعهم.\n"), "4 أشخاص"), 4, false, null, "killed", null);
    // «(10) سنوات» is a duration even inside brackets
    assertEquals(List.of(), Figures.texts(figures("حكم عليه بالسجن (10) سنوات.\n")));
  }

  @Test
  void hedgeAfterTheNoun() {
    // «على الأقل» after the noun says the same as «ما لا يقل عن» before the number
    reads(find(figures("أسفر الهجوم عن مقتل 43 شخصا على الأقل.\n"), "43 شخصا على الأقل"), 43, true, "at_least",
        "killed", null);
  }

  @Test
  void rangesGiveBothBounds() {
    Figure f = find(figures("قتل ما بين 20 و30 شخصا في الهجوم.\n"), "بين 20 و30 شخصا");
    // «between 20 and 30»: 20 is the lower bound, 30 the upper
    reads(f, 20, true, "between", "killed", null);
    assertEquals(30L, f.upper());
    Figure words = find(figures("نزح بين عشرين وثلاثين عائلة.\n"), "بين عشرين وثلاثين عائلة");
    reads(words, 20, true, "between", "fled", null);
    assertEquals(30L, words.upper());
    // «بين 3 و4 أعوام» is a span of time, neither end a count
    assertEquals(List.of(), Figures.texts(figures("تراوحت المدة بين 3 و4 أعوام.\n")));
  }

  @Test
  void durationIsThePeriodNotAFigure() {
    List<Figure> fs = figures("قتل 15 شخصا خلال 24 ساعة في ريف إدلب.\n");
    assertEquals(List.of("15 شخصا"), Figures.texts(fs)); // «24 ساعة» is how long, not how many
    assertEquals("خلال 24 ساعة", fs.get(0).period());
  }

  @Test
  void injuredNounAndArabicIndicPercent() {
    List<Figure> fs = figures("سقط ثلاثة وعشرون جريحا، وتضرر ٨٥ بالمئة من المنازل.\n");
    reads(find(fs, "ثلاثة وعشرون جريحا"), 23, false, null, "injured", null);
    reads(find(fs, "٨٥ بالمئة"), 85, false, null, "other", null);
  }

  @Test
  void vagueAmountsAreApproximateLowerBounds() {
    List<Figure> fs = figures("نزح مئات الآلاف من المدنيين.\n");
    // «مئات الآلاف» ≥ 200 000; the partitive «من المدنيين» names the group without joining the span
    reads(find(fs, "مئات الآلاف"), 200_000, true, null, "fled", "civilians");
  }

  @Test
  void loneOneIsAnAdjective() {
    assertTrue(figures("وقعت الانفجارات في وقت واحد.\n").isEmpty());
  }

  @Test
  void textMatchesOffsets() {
    String text = "وأكثر من ألفي مدني فروا السبت.\n";
    Figure f = find(figures(text), "أكثر من ألفي مدني");
    assertEquals(f.text(), text.substring(f.start(), f.end())); // the glued «و» stays outside
    assertEquals("السبت", text.substring(f.periodStart(), f.periodEnd()));
    assertNull(f.place());
  }
}
