package org.marsad.core.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date written in an article's lead: the first full explicit date (day, month, year)
 * in the first {@value #LEAD_CHARS} characters, where datelines and «اليوم (الأربعاء) 30 نوفمبر/ تشرين
 * الثاني 2016» sit. Forms: day + month name (either system, or both joined by a slash: «30 نوفمبر/ تشرين
 * الثاني 2016», «30 تشرين الثاني/نوفمبر 2016») + year, an optional «من» after the day; numeric day/month/year
 * (30/11/2016, 30-11-2016, 30.11.2016; Arabic usage puts the day first) and ISO 2016-11-30. Arabic-Indic
 * digits count as digits. A date without a year («27 شباط/فبراير») is not full and is skipped, as are
 * impossible dates. Thread-safe (precompiled patterns).
 */
public final class TextDateFinder {

  static final int LEAD_CHARS = 600;

  private static final String D = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
  private static final String NOT_DIGIT_BEFORE = "(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9])";
  private static final String NOT_DIGIT_AFTER = "(?![0-9\\u0660-\\u0669\\u06F0-\\u06F9])";
  private static final String MONTH = MonthNames.alternation();

  /** Groups: day, month name, optional second month name, year; or day, month, year; or ISO y, m, d. */
  private static final Pattern DATE = Pattern.compile(
      NOT_DIGIT_BEFORE + "(" + D + "{1,2})\\s*(?:من\\s+)?(" + MONTH + ")"
          + "(?:\\s*/\\s*(" + MONTH + "))?\\s*[,،]?\\s*(" + D + "{4})" + NOT_DIGIT_AFTER
          + "|" + NOT_DIGIT_BEFORE + "(" + D + "{1,2})([/.\\-])(" + D + "{1,2})\\6(" + D + "{4})" + NOT_DIGIT_AFTER
          + "|" + NOT_DIGIT_BEFORE + "(" + D + "{4})-(" + D + "{1,2})-(" + D + "{1,2})" + NOT_DIGIT_AFTER);

  public Optional<LocalDate> findPublicationDate(String text) {
    Matcher m = DATE.matcher(text).region(0, Math.min(text.length(), LEAD_CHARS));
    while (m.find()) {
      Optional<LocalDate> date = toDate(m);
      if (date.isPresent()) return date;
    }
    return Optional.empty();
  }

  private static Optional<LocalDate> toDate(Matcher m) {
    int year, month, day;
    if (m.group(1) != null) {
      day = number(m.group(1));
      month = MonthNames.monthOf(m.group(2));
      year = number(m.group(4));
      // «نوفمبر/ تشرين الثاني»: both names must agree, else this is not one date.
      if (m.group(3) != null && MonthNames.monthOf(m.group(3)) != month) return Optional.empty();
    } else if (m.group(5) != null) {
      day = number(m.group(5));
      month = number(m.group(7));
      year = number(m.group(8));
    } else {
      year = number(m.group(9));
      month = number(m.group(10));
      day = number(m.group(11));
    }
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** Parses ASCII, Arabic-Indic or Eastern Arabic-Indic digits. */
  private static int number(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) n = n * 10 + Character.digit(digits.charAt(i), 10);
    return n;
  }
}
