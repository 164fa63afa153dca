package org.marsad.store.index;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/**
 * Turns an article's ISO-8601 publication string into a sortable instant, so that a date
 * («2016-11-30», read as midnight UTC) and a date-time with an offset sort together correctly.
 *
 * <p>The common shapes (date; date-time to the second, with Z, ±hh:mm or no zone) are read by hand:
 * this runs once per stored article and java.time's parsers cost microseconds each. Everything else
 * goes through java.time, which the fast path must always agree with.
 */
public final class PublishedOrder {

  private PublishedOrder() {}

  private static final long MILLIS_PER_DAY = 86_400_000L;

  public static OptionalLong epochMillis(String published) {
    if (published == null || published.length() < 10) return OptionalLong.empty();
    long fast = fastEpochMillis(published);
    if (fast != Long.MIN_VALUE) return OptionalLong.of(fast);
    try {
      if (published.length() == 10) {
        return OptionalLong.of(
            LocalDate.parse(published).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
      }
      char last = published.charAt(published.length() - 1);
      boolean hasZone =
          last == 'Z' || published.indexOf('+', 10) > 0 || published.indexOf('-', 10) > 0;
      if (hasZone) {
        return OptionalLong.of(OffsetDateTime.parse(published).toInstant().toEpochMilli());
      }
      return OptionalLong.of(
          LocalDateTime.parse(published).toInstant(ZoneOffset.UTC).toEpochMilli());
    } catch (DateTimeParseException e) {
      return OptionalLong.empty(); // not ISO: sorts with the unknown dates
    }
  }

  /**
   * yyyy-MM-dd, yyyy-MM-ddTHH:mm:ss, ...Z, ...±hh:mm; Long.MIN_VALUE for any other shape or an
   * out-of-range field, which then goes to java.time (and its error handling).
   */
  static long fastEpochMillis(String s) {
    int n = s.length();
    if (n != 10 && n != 19 && n != 20 && n != 25) return Long.MIN_VALUE;
    if (s.charAt(4) != '-' || s.charAt(7) != '-') return Long.MIN_VALUE;
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOfMonth(year, month)) {
      return Long.MIN_VALUE;
    }
    long millis = LocalDate.of(year, month, day).toEpochDay() * MILLIS_PER_DAY;
    if (n == 10) return millis;
    if (s.charAt(10) != 'T' || s.charAt(13) != ':' || s.charAt(16) != ':') return Long.MIN_VALUE;
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
      return Long.MIN_VALUE;
    }
    millis += ((hour * 60L + minute) * 60L + second) * 1000L;
    if (n == 19) return millis;
    if (n == 20) return s.charAt(19) == 'Z' ? millis : Long.MIN_VALUE;
    char sign = s.charAt(19);
    if ((sign != '+' && sign != '-') || s.charAt(22) != ':') return Long.MIN_VALUE;
    int offsetHours = digits(s, 20, 2);
    int offsetMinutes = digits(s, 23, 2);
    if (offsetHours < 0 || offsetHours > 18 || offsetMinutes < 0 || offsetMinutes > 59) {
      return Long.MIN_VALUE;
    }
    long offset = (offsetHours * 60L + offsetMinutes) * 60_000L;
    if (offset > 18 * 3_600_000L) return Long.MIN_VALUE; // beyond java.time's ±18:00
    return sign == '+' ? millis - offset : millis + offset;
  }

  private static int lengthOfMonth(int year, int month) {
    return java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  /** The non-negative number written by count ASCII digits at from, or -1. */
  private static int digits(String s, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') return -1;
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
