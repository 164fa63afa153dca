package org.marsad.core.timeline;

import java.time.LocalDate;
import org.marsad.core.dates.DateMention;

/**
 * One dated statement of a story: the sentence that states a date, cited by article and offsets.
 *
 * @param date the day the statement is about (first day of the month or year at coarser precision)
 * @param precision day, month or year
 * @param since the statement is about a period that starts on {@code date} («منذ 22 نيسان»)
 * @param text the sentence, exactly {@code article text.substring(start, end)}
 * @param dateStart where the date itself is written in the article, within the sentence
 */
public record TimelineEntry(LocalDate date, DateMention.Precision precision, boolean since, String text,
    String article, int start, int end, int dateStart, int dateEnd) {}
