package org.marsad.store.search;

/**
 * One ranked search result.
 *
 * @param snippet the best passage of the text, or null when the article has no text to show
 */
public record SearchHit(
    String id,
    String sourceId,
    String outlet,
    String title,
    String published,
    float score,
    Snippet snippet) {}
