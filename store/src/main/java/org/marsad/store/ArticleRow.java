package org.marsad.store;

/** The few fields of a stored article that a listing shows; no text, no spans. */
public record ArticleRow(
    String id,
    String sourceId,
    String outlet,
    String title,
    String published,
    String language,
    String duplicateOf,
    String format) {}
