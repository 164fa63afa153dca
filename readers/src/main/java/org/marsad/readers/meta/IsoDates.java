package org.marsad.readers.meta;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Date;
import java.util.Locale;

/**
 * Normalizes the date strings found in metadata to ISO-8601: a date ("2016-11-30"), a local date-time
 * ("2015-07-21T02:51:32") or a date-time with its offset kept ("2018-07-15T21:56:56+04:00").
 * Thread-safe: the formatters are immutable and built once.
 */
public final class IsoDates {

  /** ISO with the variants seen in the wild: space for 'T', no seconds, fractions, "+0400" or "+04:00" or "Z". */
  private static final DateTimeFormatter LENIENT_ISO = new DateTimeFormatterBuilder()
      .parseCaseInsensitive()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .optionalStart()
      .optionalStart().appendLiteral('T').optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .appendValue(ChronoField.HOUR_OF_DAY, 2).appendLiteral(':').appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart().appendLiteral(':').appendValue(ChronoField.SECOND_OF_MINUTE, 2).optionalEnd()
      .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
      .optionalStart().appendLiteral(' ').optionalEnd()
      .optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
      .optionalStart().appendOffset("+HH", "Z").optionalEnd()
      .optionalEnd()
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT)
      .withChronology(java.time.chrono.IsoChronology.INSTANCE);

  /** RFC-822/1123 as in RSS and TREC TIME: "Sun, 15 Jul 2018 21:56:56 +0400", "Mon, 26 Feb 2018 02:20:10 GMT". */
  private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME;

  private IsoDates() {}

  /** The ISO-8601 form of {@code raw}, or null when it is blank or not a date this class knows. */
  public static String normalize(String raw) {
    if (raw == null) return null;
    String s = raw.strip();
    if (s.isEmpty()) return null;
    char first = s.charAt(0);
    if (first >= '0' && first <= '9') {
      if (s.length() >= 10 && s.charAt(4) == '-') return iso(s);
      return epoch(s);
    }
    return rfc1123(s);
  }

  /** A java.util.Date (Rome's feed dates) as an ISO instant in UTC; the original offset is lost by Rome. */
  public static String of(Date date) {
    return date == null ? null : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.toInstant().atOffset(ZoneOffset.UTC));
  }

  private static String iso(String s) {
    try {
      TemporalAccessor t = LENIENT_ISO.parseBest(s, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
      return format(t);
    } catch (DateTimeParseException e) {
      // "2018-07-15T21:56:56+04:00[Asia/Dubai]" and other zoned forms.
      try {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ZonedDateTime.parse(s).toOffsetDateTime());
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  private static String rfc1123(String s) {
    try {
      // The formatter's weekday is optional, so "15 Jul 2018 21:56:56 +0400" parses too.
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.parse(s, RFC_1123));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** Unix time in seconds (10 digits) or milliseconds (13 digits), as some JSON exports store dates. */
  private static String epoch(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') return null;
    }
    if (s.length() == 10 || s.length() == 13) {
      long v = Long.parseLong(s);
      Instant at = s.length() == 10 ? Instant.ofEpochSecond(v) : Instant.ofEpochMilli(v);
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.atOffset(ZoneOffset.UTC));
    }
    return null;
  }

  private static String format(TemporalAccessor t) {
    if (t instanceof OffsetDateTime odt) return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(odt);
    if (t instanceof LocalDateTime ldt) return DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(ldt);
    return DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) t);
  }
}
