package org.marsad.core.dates;

import java.time.LocalDate;

/**
 * A date an article's text states, as a span of its original text, resolved to the calendar.
 *
 * @param date the day it denotes; for a month or a year, its first day (or the 15th for «منتصف»)
 * @param precision how much of {@code date} the text states
 * @param relative whether it was resolved against the publication date (أمس, السبت, a day and month
 *     without a year)
 * @param since whether it opens a period that runs to the publication date («منذ 22 نيسان»)
 */
public record DateMention(int start, int end, String text, LocalDate date, Precision precision, boolean relative,
    boolean since) {

  public enum Precision { DAY, MONTH, YEAR }
}
