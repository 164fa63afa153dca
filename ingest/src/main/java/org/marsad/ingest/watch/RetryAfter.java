package org.marsad.ingest.watch;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** The Retry-After header of a 429 or 503: a number of seconds, or an HTTP date. */
final class RetryAfter {

  private RetryAfter() {}

  /** The wait it asks for from {@code now}, or null when absent or unreadable (then plain backoff applies). */
  static Duration parse(String value, Instant now) {
    if (value == null || value.isBlank()) return null;
    String v = value.strip();
    try {
      long seconds = Long.parseLong(v);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
