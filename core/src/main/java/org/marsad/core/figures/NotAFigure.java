package org.marsad.core.figures;

import java.util.List;
import java.util.Set;
import org.marsad.core.dates.MonthNames;

/**
 * Recognises numbers that are not counted quantities: day numbers and years in dates («10 كانون الأول
 * 2016», «عام 2016»), clock times («الساعة 10», «10:30»), durations («ثمانية أشهر», «24 ساعة»: the
 * period, not a count), numbered things («القرار 2254»), and phone numbers and ids (long digit runs).
 */
final class NotAFigure {
  private NotAFigure() {}

  private static final Set<String> YEAR_WORDS = Set.of("عام", "العام", "لعام", "وعام", "بعام", "سنه", "السنه",
      "عامي", "العامين");
  private static final Set<String> CLOCK_WORDS = Set.of("الساعه", "ساعه");
  private static final Set<String> NUMBERED = Set.of("رقم", "القرار", "قرار", "المرسوم", "الماده",
      "ماده", "المواد", "البند", "الفصل", "الصفحه", "صفحه", "ص", "العدد", "عدد", "الطريق", "الجزء", "جزء", "الفقره", "فقره", "الرتبه",
      "المرتبه");
  static final Set<String> TIME_UNITS = Set.of("ساعه", "ساعات", "دقيقه", "دقائق", "يوم", "يوما", "ايام",
      "اسبوع", "اسبوعا", "اسابيع", "شهر", "شهرا", "اشهر", "شهور", "سنه", "سنوات", "سنين", "عام", "عاما",
      "اعوام", "اعواما", "عقود", "عقد", "قرن", "قرون", "ثانيه", "ثوان");
  /** First words of two-word month names, whose second word («الثاني») is an ordinal. */
  private static final Set<String> MONTH_HEADS = Set.of("كانون", "تشرين");

  static boolean applies(String text, List<Word> words, NumberReading r) {
    int next = Closers.skip(words, r.end()); // «(10) سنوات» is still ten years
    if (next < words.size() && TIME_UNITS.contains(words.get(next).folded()) && !r.percent()) return true;
    // «عام ( 1325 )», «المادة ( 46 )»: the word before the brackets
    int before = r.first() - 1;
    if (before > 0 && words.get(before).raw().equals("(")) before--;
    Word prev = before >= 0 ? words.get(before) : null;
    if (prev != null && NUMBERED.contains(prev.folded())) return true;
    if (!r.bareDigits()) return false;
    Word w = words.get(r.first());
    if (isMonth(words, r.end())) return true; // «27 شباط»
    if (next < words.size() && HIJRI_OR_AD.contains(words.get(next).folded())) return true; // «1412 هـ»
    if (gluedToMark(words, r.end(), w)) return true; // «380px», «1412هـ», «2013م»
    if (isListNumber(words, r)) return true; // «2.» or «5-» opening a list item
    if (slashDate(words, r)) return true; // «27 / 8 / 1412»
    if (prev != null && (YEAR_WORDS.contains(prev.folded()) || CLOCK_WORDS.contains(prev.folded()))) return true;
    if (endsMonth(words, r.first() - 1)) return true; // «تشرين الثاني 2016», «نوفمبر/ 2016»
    if (gluedToDigits(text, w)) return true; // «10:30», «12/10/2016», «2016-12-10»
    return isYear(w.raw()) || isIdOrPhone(text, w);
  }

  /** Era marks after a year: «هـ» (hijri; the tatweel is folded away), «م» (AD), and the words. */
  private static final Set<String> HIJRI_OR_AD = Set.of("ه", "م", "هجري", "هجريه", "ميلادي", "ميلاديه");

  /** Digits with Latin letters or an era mark glued after them: units, codes and years, not counts. */
  private static boolean gluedToMark(List<Word> words, int next, Word w) {
    if (next >= words.size() || words.get(next).start() != w.end()) return false;
    Word mark = words.get(next);
    char c = mark.raw().charAt(0);
    return (c < 0x250 && Character.isLetter(c)) || HIJRI_OR_AD.contains(mark.folded());
  }

  /** A number opening its sentence and followed by «.», «-», «)» or nothing numbers a list item. */
  private static boolean isListNumber(List<Word> words, NumberReading r) {
    boolean first = r.first() == 0 || (r.first() == 1 && words.get(0).raw().equals("("));
    if (!first) return false;
    if (r.end() >= words.size()) return true;
    String next = words.get(r.end()).raw();
    return next.equals(".") || next.equals("-") || next.equals(")") || next.equals(":");
  }

  /** Digits with «/» and more digits on either side, spaces allowed: «27 / 8 / 1412». */
  private static boolean slashDate(List<Word> words, NumberReading r) {
    int a = r.first();
    int b = r.end();
    boolean before = a >= 2 && words.get(a - 1).raw().equals("/") && words.get(a - 2).isDigits();
    boolean after = b + 1 < words.size() && words.get(b).raw().equals("/") && words.get(b + 1).isDigits();
    return before || after;
  }

  private static boolean isMonth(List<Word> words, int i) {
    if (i >= words.size()) return false;
    Word w = words.get(i);
    return MonthNames.monthOf(w.raw()) > 0 || MONTH_HEADS.contains(w.folded());
  }

  /** Word {@code i} ends a month name, possibly after «/» («نوفمبر/ تشرين الثاني»). */
  private static boolean endsMonth(List<Word> words, int i) {
    if (i < 0) return false;
    if (words.get(i).raw().equals("/")) i--;
    if (i < 0) return false;
    if (isMonth(words, i)) return true;
    return i > 0 && MONTH_HEADS.contains(words.get(i - 1).folded());
  }

  private static boolean gluedToDigits(String text, Word w) {
    int a = w.start();
    int b = w.end();
    boolean before = a >= 2 && isJoiner(text.charAt(a - 1)) && Character.isDigit(text.charAt(a - 2));
    boolean after = b + 1 < text.length() && isJoiner(text.charAt(b)) && Character.isDigit(text.charAt(b + 1));
    return before || after;
  }

  private static boolean isJoiner(char c) {
    return c == ':' || c == '/' || c == '-' || c == '.';
  }

  private static boolean isYear(String raw) {
    if (raw.length() != 4 || !raw.chars().allMatch(Character::isDigit)) return false; // «1.30» is no year
    int y = DigitNumbers.parse(raw).intValue();
    return y >= 1900 && y <= 2100;
  }

  /** Seven or more digits without separators, a leading zero, or a «+» before: a phone number or an id. */
  private static boolean isIdOrPhone(String text, Word w) {
    String raw = w.raw();
    boolean plain = raw.chars().allMatch(Character::isDigit);
    if (plain && raw.length() >= 7) return true;
    if (plain && raw.length() >= 2 && Character.digit(raw.charAt(0), 10) == 0) return true;
    return w.start() > 0 && text.charAt(w.start() - 1) == '+';
  }
}
