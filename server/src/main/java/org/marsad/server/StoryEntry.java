package org.marsad.server;

import java.util.List;
import org.marsad.ingest.stories.Story;

/**
 * One story as the server keeps it: its JSON, serialized once when the snapshot is loaded (the full STORY,
 * gzipped when large, and the list item), and only the fields that filters and the other routes read. A corpus's stories run to
 * hundreds of MB of JSON; kept as bytes they cost their size and no serializing per request.
 *
 * @param entityIds the ids of the entities it names, most central first, with {@code entityMentions}
 * @param json the STORY, exactly as `marsad story ID --json` prints it (compact); gzipped when
 *     {@code gzipped}
 * @param listJson the list item of GET /api/stories
 */
record StoryEntry(
    String id,
    String title,
    String firstSeen,
    String lastSeen,
    List<String> outlets,
    List<String> mergedIds,
    List<String> entityIds,
    int[] entityMentions,
    List<Story.QuoteLine> quotes,
    List<Story.FigureLine> figures,
    byte[] json,
    boolean gzipped,
    byte[] listJson) {

  /** The full STORY's JSON, expanded. */
  byte[] plainJson() {
    return gzipped ? Gzipped.expand(json) : json;
  }

  boolean names(String entityId) {
    return entityIds.contains(entityId);
  }

  /** This story's mentions of an entity, 0 when it names it not. */
  int mentionsOf(String entityId) {
    int i = entityIds.indexOf(entityId);
    return i < 0 ? 0 : entityMentions[i];
  }
}
