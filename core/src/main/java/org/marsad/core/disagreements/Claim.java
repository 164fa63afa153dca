package org.marsad.core.disagreements;

/**
 * One article's figure as a claim to compare: what it counts (kind, group, place, period as the text gives
 * them) and the number, with its hedge, cited by offsets into the article.
 *
 * @param value the number; a lower bound when {@code approx}
 * @param upper an upper bound the text gives («أقل من 50»), else null
 * @param qualifier more_than, at_least, about, less_than, or null
 * @param published the article's publication day (yyyy-MM-dd), or null: a figure the text ties to no
 *     period is a count as of that day
 */
public record Claim(String article, String outlet, String published, String kind, String group, String place,
    String period, long value, Long upper, boolean approx, String qualifier, String text, int start, int end) {}
