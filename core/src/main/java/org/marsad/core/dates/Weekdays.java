package org.marsad.core.dates;

import java.time.DayOfWeek;
import java.util.Map;

/** Arabic weekday names, with and without the article and common spellings. */
final class Weekdays {

  private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
      Map.entry("السبت", DayOfWeek.SATURDAY), Map.entry("الأحد", DayOfWeek.SUNDAY),
      Map.entry("الاحد", DayOfWeek.SUNDAY), Map.entry("الإثنين", DayOfWeek.MONDAY),
      Map.entry("الاثنين", DayOfWeek.MONDAY), Map.entry("الثلاثاء", DayOfWeek.TUESDAY),
      Map.entry("الأربعاء", DayOfWeek.WEDNESDAY), Map.entry("الاربعاء", DayOfWeek.WEDNESDAY),
      Map.entry("الخميس", DayOfWeek.THURSDAY), Map.entry("الجمعة", DayOfWeek.FRIDAY));

  private Weekdays() {}

  static DayOfWeek of(String name) {
    return DAYS.get(name);
  }

  /** A regex alternation of the names (no capturing group). */
  static String alternation() {
    return "(?:" + String.join("|", DAYS.keySet()) + ")";
  }
}
