package org.marsad.server;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.entities.EntityCatalog;
import org.marsad.ingest.entities.EntityFile;
import org.marsad.ingest.reuse.ReuseFile;
import org.marsad.ingest.reuse.ReusePair;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;

/** Reads what analyze saved in a data folder into a {@link Snapshot}. */
final class SnapshotLoader {

  private SnapshotLoader() {}

  /**
   * The data folder's current snapshot, or null when the files are mid-update (the entities of one run
   * beside the stories of another: analyze writes the entities first, so the next look finds both new).
   */
  static Snapshot load(Path dataDir) throws IOException {
    FileStamp stamp = FileStamp.of(dataDir);
    StoryFile.Stories saved = StoryFile.readStories(dataDir);
    if (saved == null) return Snapshot.empty(stamp);
    EntityFile.Contents entities = EntityFile.read(dataDir);
    if (entities != null && !saved.generation().equals(entities.generation())) return null;
    List<Story> stories = List.copyOf(saved.stories());

    Map<String, Story> storyById = new HashMap<>();
    Map<String, String> storyOfArticle = new HashMap<>();
    for (Story s : stories) {
      for (String merged : s.mergedIds()) storyById.put(merged, s);
      for (Story.StoryArticle a : s.articles()) storyOfArticle.put(a.id(), s.id());
    }
    for (Story s : stories) storyById.put(s.id(), s); // a story's own id wins over any merged id

    List<EntityCatalog.Row> rows = entities == null ? List.of() : EntityCatalog.rows(entities, stories, null);
    Map<String, EntityCatalog.Row> entityById = new HashMap<>();
    for (EntityCatalog.Row r : rows) entityById.put(r.id(), r);
    Map<String, List<String>> links = entities == null ? Map.of() : entities.links();

    Map<String, List<ReusePair>> reuseByArticle = new HashMap<>();
    ReuseFile.Contents reuse = ReuseFile.read(dataDir);
    if (reuse != null) {
      for (ReusePair p : reuse.pairs()) {
        reuseByArticle.computeIfAbsent(p.fromArticle(), k -> new ArrayList<>(2)).add(p);
        reuseByArticle.computeIfAbsent(p.toArticle(), k -> new ArrayList<>(2)).add(p);
      }
    }
    return new Snapshot(saved.generation(), stories, Map.copyOf(storyById), Map.copyOf(storyOfArticle),
        List.copyOf(rows), Map.copyOf(entityById), links, reuseByArticle, stamp);
  }
}
