package org.marsad.core.reuse;

/**
 * A passage a target text shares with a source text: char offsets into the two ORIGINAL texts, half-open.
 * A side starts (ends) at its sentence's start (end) when no content word of that sentence lies before (after)
 * the passage's first (last) matched word, so that leading «و», trailing «ذلك» and the full stop come along;
 * otherwise exactly at the matched word.
 *
 * @param score share of the passage's content words, both sides together, that the alignment matched: 1 for
 *     a verbatim copy, lower the more was rewritten
 * @param words how many tokens the passage spans on the target side, from its first to its last matched word
 */
public record Passage(int sourceStart, int sourceEnd, int targetStart, int targetEnd, double score, int words) {}
