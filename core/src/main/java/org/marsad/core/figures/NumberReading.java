package org.marsad.core.figures;

/**
 * A number read from words [{@code first}, {@code end}) of a sentence.
 *
 * @param value the number; for a vague amount («عشرات») its documented lower bound
 * @param startChar where the number starts in the text (after a conjunction «و» glued to its first word)
 * @param vague a vague plural such as «عشرات» or «مئات الآلاف» rather than a stated number
 * @param percent followed by «%», «في المئة» or «بالمئة»
 * @param bareDigits digits alone, with no scale word and no percent: the only form a date, year or time takes
 */
record NumberReading(long value, int first, int end, int startChar, boolean vague, boolean percent,
    boolean bareDigits) {}
