package org.marsad.store.index;

import static org.junit.jupiter.api.Assertions.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PublishedOrderTest {

  /** The java.time reading that the hand-written fast path must reproduce exactly. */
  private static OptionalLong reference(String s) {
    try {
      if (s.length() == 10) return OptionalLong.of(LocalDate.parse(s).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
      if (s.endsWith("Z") || s.indexOf('+', 10) > 0 || s.indexOf('-', 10) > 0) {
        return OptionalLong.of(OffsetDateTime.parse(s).toInstant().toEpochMilli());
      }
      return OptionalLong.of(LocalDateTime.parse(s).toInstant(ZoneOffset.UTC).toEpochMilli());
    } catch (DateTimeParseException e) {
      return OptionalLong.empty();
    }
  }

  @Test
  void agreesWithJavaTimeOnEveryShape() {
    List<String> samples = List.of(
        "2016-11-30", "2016-02-29", "2015-02-29", "2016-13-01", "2016-04-31", "1970-01-01",
        "2016-12-11T08:30:00", "2016-12-11T23:59:59Z", "2016-12-11T08:30:00+03:00",
        "2016-12-11T08:30:00-05:30", "2016-12-11T24:00:00Z", "2016-12-11T08:30:00.250Z",
        "2016-12-11T08:30:00+18:30", "2016-12-11 08:30:00", "٢٠١٦-١١-٣٠", "2016/11/30", "2016-11-30T08:30Z");
    for (String s : samples) assertEquals(reference(s), PublishedOrder.epochMillis(s), s);
  }

  @Test
  void readsKnownInstants() {
    // 2016-11-30 is day 17,135 since 1970-01-01 (46 * 365 days, 11 leap days before 2016, 334 days
    // into 2016 counting Feb 29): 17135 * 86400000.
    assertEquals(OptionalLong.of(1_480_464_000_000L), PublishedOrder.epochMillis("2016-11-30"));
    // 03:00 at +03:00 is midnight UTC.
    assertEquals(OptionalLong.of(1_480_464_000_000L), PublishedOrder.epochMillis("2016-11-30T03:00:00+03:00"));
    assertEquals(OptionalLong.empty(), PublishedOrder.epochMillis("not a date"));
    assertEquals(OptionalLong.empty(), PublishedOrder.epochMillis(null));
  }
}
