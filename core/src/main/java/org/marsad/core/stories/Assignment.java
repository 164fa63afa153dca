package org.marsad.core.stories;

/** Where {@link EventClusterer#add} put one article. */
public record Assignment(String articleId, String eventId, String storylineId, boolean newEvent) {}
