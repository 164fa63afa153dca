package org.marsad.core.stories;

import java.util.List;

/**
 * One event as the clusterer sees it.
 *
 * @param articleIds in the order they were added
 * @param firstSeen the earliest known published value of its articles, or null when none is dated
 * @param lastSeen the latest known published value, or null
 * @param mergedIds ids of the events merged into this one, ascending
 */
public record EventSummaryRow(String id, String storylineId, List<String> articleIds, String firstSeen,
    String lastSeen, List<String> mergedIds) {}
