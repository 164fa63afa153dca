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
 */
public final class PublishedOrder {

  private PublishedOrder() {}

  public static OptionalLong epochMillis(String published) {
    if (published == null || published.length() < 10) return OptionalLong.empty();
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
}
