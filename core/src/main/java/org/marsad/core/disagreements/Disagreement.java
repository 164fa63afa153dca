package org.marsad.core.disagreements;

import java.util.List;

/**
 * Figures of one kind, about the same group, place and period, that articles give differently beyond the
 * tolerance, with every claim about it (those that agree included, so a reader sees the whole spread).
 *
 * @param low the largest lower bound among the claims
 * @param high the smallest upper bound among the claims (below {@code low}: that is the disagreement)
 */
public record Disagreement(String kind, String group, String place, String period, long low, long high,
    List<Claim> claims) {}
