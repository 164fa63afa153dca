package org.marsad.core.stories;

import java.util.List;

/**
 * Where {@link EventClusterer#add} put one article.
 *
 * @param mergedEvents events this article showed to be the same as {@code eventId} and that were merged into
 *     it (ascending; empty in most cases)
 */
public record Assignment(String articleId, String eventId, String storylineId, boolean newEvent,
    List<String> mergedEvents) {

  public Assignment {
    mergedEvents = List.copyOf(mergedEvents);
  }
}
