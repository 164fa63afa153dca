package org.marsad.core.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.marsad.core.dates.MonthNames;

/**
 * Finds the time phrases a sentence states, kept literal: «منذ» and what follows it («منذ 22 نيسان/ابريل»,
 * «منذ عام 2011», «منذ منتصف نوفمبر»), «خلال» with a duration («خلال 24 ساعة»), a weekday («السبت»,
 * «الجمعة الماضي»), «أمس» and «اليوم». Resolving them to calendar days is the dates stage's job.
 */
final class PeriodFinder {
  private PeriodFinder() {}

  private static final Set<String> WEEKDAYS = Set.of("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء",
      "الخميس", "الجمعه");
  private static final Set<String> DAY_WORDS = Set.of("امس", "اليوم");
  private static final Set<String> AFTER_DAY = Set.of("الماضي", "الماضيه", "المقبل", "المقبله", "نفسه");
  /** Words that may follow «منذ» inside the phrase. */
  private static final Set<String> SINCE_PARTS = Set.of("عام", "العام", "مطلع", "منتصف", "بدايه", "نهايه",
      "اواخر", "اوائل", "صباح", "مساء", "ليل", "فجر", "ظهر", "شهر", "يوم", "الاسبوع", "الشهر");
  private static final Set<String> LAST = Set.of("الماضي", "الماضيه", "الاخيره", "الاخير");
  private static final int SINCE_MAX = 5;

  /** The time phrases of words, in order. */
  static List<Period> find(String text, List<Word> words) {
    List<Period> out = new ArrayList<>();
    int n = words.size();
    for (int i = 0; i < n; i++) {
      String f = stripAnd(words.get(i).folded());
      int end = -1;
      if (f.equals("منذ")) end = since(words, i + 1);
      else if (f.equals("خلال")) end = during(words, i + 1);
      else if (WEEKDAYS.contains(f) || DAY_WORDS.contains(f)) {
        end = i + 1 < n && AFTER_DAY.contains(words.get(i + 1).folded()) ? i + 2 : i + 1;
      }
      if (end > i) {
        Word first = words.get(i);
        int a = first.start() + (first.folded().equals(f) ? 0 : 1); // «والسبت» starts after the «و»
        int b = words.get(end - 1).end();
        out.add(new Period(text.substring(a, b), a, b));
        i = end - 1;
      }
    }
    return out;
  }

  /** «والسبت», «ومنذ»: the conjunction is not part of the phrase. */
  private static String stripAnd(String f) {
    return f.startsWith("و") && f.length() > 3 ? f.substring(1) : f;
  }

  private static int since(List<Word> words, int i) {
    int j = i;
    while (j < words.size() && j - i < SINCE_MAX && isSincePart(words.get(j))) j++;
    // a phrase does not end on a separator: «منذ 22 نيسان/» is «منذ 22 نيسان»
    while (j > i && !words.get(j - 1).isLetters() && !words.get(j - 1).isDigits()) j--;
    return j > i ? j : -1;
  }

  private static boolean isSincePart(Word w) {
    String f = w.folded();
    return w.isDigits() || w.raw().equals("/") || SINCE_PARTS.contains(f) || WEEKDAYS.contains(f)
        || MonthNames.monthOf(w.raw()) > 0 || f.equals("كانون") || f.equals("تشرين")
        || f.equals("الاول") || f.equals("الثاني") || f.equals("ثاني") || f.equals("اول");
  }

  private static int during(List<Word> words, int i) {
    int j = i;
    int stop = Math.min(words.size(), i + 4);
    boolean unit = false;
    while (j < stop) {
      Word w = words.get(j);
      String f = w.folded();
      boolean timeUnit = NotAFigure.TIME_UNITS.contains(f) || NotAFigure.TIME_UNITS.contains(stripAl(f));
      if (timeUnit) unit = true;
      else if (!(w.isDigits() || NumberWords.read(words, j) != null || (unit && LAST.contains(f))
          || f.equals("ال"))) break;
      j++;
    }
    return unit ? j : -1;
  }

  private static String stripAl(String f) {
    return f.startsWith("ال") ? f.substring(2) : f;
  }
}
