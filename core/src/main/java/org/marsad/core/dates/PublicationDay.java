package org.marsad.core.dates;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** The day of an article's published field, which holds a date or a date-time (yyyy-MM-dd first). */
public final class PublicationDay {

  private PublicationDay() {}

  /** The day, or null when the field is missing or unreadable. */
  public static LocalDate of(String published) {
    if (published == null || published.length() < 10) return null;
    try {
      return LocalDate.parse(published.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
