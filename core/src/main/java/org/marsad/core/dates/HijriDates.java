package org.marsad.core.dates;

import com.ibm.icu.util.IslamicCalendar;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Hijri month names and the conversion of Hijri dates to the Gregorian calendar, through ICU's
 * {@link IslamicCalendar} with the Umm al-Qura tables, the calendar Saudi outlets date by. Immutable and
 * thread-safe (a calendar is made per call).
 */
public final class HijriDates {

  private static final Map<String, Integer> MONTHS = build();

  private HijriDates() {}

  private static Map<String, Integer> build() {
    Map<String, Integer> m = new LinkedHashMap<>();
    MonthNames.put(m, 1, "محرم");
    MonthNames.put(m, 2, "صفر");
    MonthNames.put(m, 3, "ربيع الأول", "ربيع الاول", "ربيع أول", "ربيع اول");
    MonthNames.put(m, 4, "ربيع الآخر", "ربيع الاخر", "ربيع الثاني", "ربيع ثاني");
    MonthNames.put(m, 5, "جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادى الاول");
    MonthNames.put(m, 6, "جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "جمادى الآخر", "جمادى الاخر");
    MonthNames.put(m, 7, "رجب");
    MonthNames.put(m, 8, "شعبان");
    MonthNames.put(m, 9, "رمضان");
    MonthNames.put(m, 10, "شوال");
    MonthNames.put(m, 11, "ذو القعدة", "ذي القعدة");
    MonthNames.put(m, 12, "ذو الحجة", "ذي الحجة");
    return Collections.unmodifiableMap(m);
  }

  /** Every spelling and its month number (1-12). */
  public static Map<String, Integer> months() {
    return MONTHS;
  }

  /** The Hijri month (1-12) a name found in text denotes, runs of whitespace read as one space; 0 if none. */
  public static int monthOf(CharSequence name) {
    return MonthNames.monthIn(MONTHS, name);
  }

  /** A regex alternation (no capturing group) of the Hijri month names, longest first, as whole words. */
  public static String alternation() {
    return MonthNames.alternationOf(MONTHS.keySet());
  }

  /**
   * The Gregorian day of Hijri {@code day month year}; throws {@link java.time.DateTimeException} when the
   * day does not exist (day 30 of a 29-day month) or the year is outside the plausible range.
   */
  public static LocalDate toGregorian(int year, int month, int day) {
    if (year < 1200 || year > 1600 || month < 1 || month > 12 || day < 1 || day > 30) {
      throw new java.time.DateTimeException("not a Hijri date: " + day + "/" + month + "/" + year);
    }
    IslamicCalendar c = calendar();
    c.clear();
    c.set(IslamicCalendar.EXTENDED_YEAR, year);
    c.set(IslamicCalendar.MONTH, month - 1);
    c.set(IslamicCalendar.DAY_OF_MONTH, 1);
    if (day > c.getActualMaximum(IslamicCalendar.DAY_OF_MONTH)) {
      throw new java.time.DateTimeException("no day " + day + " in Hijri month " + month + "/" + year);
    }
    c.set(IslamicCalendar.DAY_OF_MONTH, day);
    return LocalDate.ofEpochDay(Math.floorDiv(c.getTimeInMillis(), 86_400_000L));
  }

  /** The Hijri year that {@code day} falls in. */
  public static int yearOf(LocalDate day) {
    IslamicCalendar c = calendar();
    c.setTimeInMillis(day.toEpochDay() * 86_400_000L);
    return c.get(IslamicCalendar.EXTENDED_YEAR);
  }

  private static IslamicCalendar calendar() {
    IslamicCalendar c = new IslamicCalendar(TimeZone.GMT_ZONE, ULocale.ROOT);
    c.setCalculationType(IslamicCalendar.CalculationType.ISLAMIC_UMALQURA);
    return c;
  }
}
