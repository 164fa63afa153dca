package org.marsad.server;

import java.util.List;
import java.util.Map;
import org.marsad.ingest.entities.EntityCatalog;
import org.marsad.ingest.reuse.ReusePair;

/**
 * Everything analyze saved, as one immutable value: requests read one snapshot from start to end, and a
 * newer one replaces it whole, so no reader ever sees stories of one run with entities of another.
 *
 * @param stories most recent first, as stories.json lists them
 * @param storyById every story id, and every merged id, to its story
 * @param storyOfArticle article id to the id of the story holding it
 * @param entityLinks article id to the entity id of each of its entity spans, in order
 * @param entityTypesOfArticle article id to the types of the entities it names, one bit per
 *     {@link #ENTITY_TYPES} entry
 * @param reuseByArticle article id to the passages it copied or gave
 * @param stamp what the files looked like when read, to notice a newer analyze
 */
record Snapshot(
    String generation,
    List<StoryEntry> stories,
    Map<String, StoryEntry> storyById,
    Map<String, String> storyOfArticle,
    List<EntityCatalog.Row> entities,
    Map<String, EntityCatalog.Row> entityById,
    Map<String, List<String>> entityLinks,
    Map<String, Integer> entityTypesOfArticle,
    Map<String, List<ReusePair>> reuseByArticle,
    FileStamp stamp) {

  static final List<String> ENTITY_TYPES = List.of("PER", "LOC", "ORG", "MISC");

  static Snapshot empty(FileStamp stamp) {
    return new Snapshot(null, List.of(), Map.of(), Map.of(), List.of(), Map.of(), Map.of(), Map.of(), Map.of(),
        stamp);
  }

  /** The story with this id, or the story it was merged into; null when none. */
  StoryEntry story(String id) {
    return storyById.get(id);
  }
}
