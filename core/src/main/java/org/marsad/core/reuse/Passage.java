package org.marsad.core.reuse;

/**
 * A passage a target text shares with a source text: char offsets into the two ORIGINAL texts, half-open.
 *
 * @param score share of the passage's content words, both sides together, that the alignment matched: 1 for
 *     a verbatim copy, lower the more was rewritten
 * @param words how many tokens the passage spans on the target side
 */
public record Passage(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double score, int words) {}
