package org.marsad.store.search;

import java.util.List;
import java.util.Map;

/**
 * Counts over every article a query matches, not only the hits shown.
 *
 * @param outlets articles per outlet
 * @param days articles per day of publication (yyyy-MM-dd, UTC); articles with no known date are not counted
 * @param unknownDays matching articles with no known publication date
 * @param ids the ids of the matching articles, in index order, at most the number asked for
 */
public record SearchFacets(Map<String, Long> outlets, Map<String, Long> days, long unknownDays, List<String> ids) {}
