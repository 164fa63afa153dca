package org.marsad.core.figures;

/**
 * A counted quantity stated in an article. Offsets are into the article's original text, half-open.
 *
 * @param start start of the whole figure phrase, qualifier included («أكثر من 270 ألف مدني»)
 * @param end end of the phrase, counted noun included when there is one
 * @param text {@code articleText.substring(start, end)}
 * @param value the number; the lower bound when {@code approx} (0 for «أقل من»); percentages as the percent
 * @param upper the upper bound when the text gives one («أقل من 50» → 50, «بين 20 و30» → 30), else null
 * @param approx hedged by a qualifier or a vague amount («عشرات»)
 * @param qualifier «more_than», «at_least», «about», «less_than», «between», or null
 * @param kind killed, injured, fled, arrested, missing, troops, civilians, children, countries or other
 * @param group who was counted (civilians, children, troops), or null
 * @param place the nearest place entity (LOC) in the sentence, or null; placeStart/placeEnd -1 when null
 * @param period the nearest time phrase of the sentence, literal, or null; periodStart/periodEnd -1 when null
 */
public record Figure(
    int start,
    int end,
    String text,
    long value,
    Long upper,
    boolean approx,
    String qualifier,
    String kind,
    String group,
    String place,
    int placeStart,
    int placeEnd,
    String period,
    int periodStart,
    int periodEnd,
    int sentenceStart,
    int sentenceEnd) {}
