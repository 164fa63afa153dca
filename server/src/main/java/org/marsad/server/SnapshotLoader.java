package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.entities.EntityCatalog;
import org.marsad.ingest.entities.EntityFile;
import org.marsad.ingest.entities.StoryEntity;
import org.marsad.ingest.reuse.ReuseFile;
import org.marsad.ingest.reuse.ReusePair;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;

/** Reads what analyze saved in a data folder into a {@link Snapshot}, one story at a time. */
final class SnapshotLoader {

  /** Stories whose JSON is at most this long are kept plain, longer ones gzipped. */
  static final int PLAIN_UP_TO_BYTES = 16 << 10;

  /** One copy of each repeated string (ids, outlets, verbs, kinds): a corpus repeats them millions of times. */
  private final Map<String, String> strings = new HashMap<>();

  private SnapshotLoader() {}

  /**
   * The data folder's current snapshot, or null when the files are mid-update (the entities of one run
   * beside the stories of another: analyze writes the entities first, so the next look finds both new).
   */
  static Snapshot load(Path dataDir) throws IOException {
    return new SnapshotLoader().read(dataDir);
  }

  private Snapshot read(Path dataDir) throws IOException {
    FileStamp stamp = FileStamp.of(dataDir);
    List<StoryEntry> stories = new ArrayList<>();
    Map<String, String> storyOfArticle = new HashMap<>();
    String generation;
    try {
      generation = StoryFile.streamStories(dataDir, s -> {
        for (Story.StoryArticle a : s.articles()) storyOfArticle.put(intern(a.id()), intern(s.id()));
        stories.add(entry(s));
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    if (generation == null) return Snapshot.empty(stamp);
    EntityFile.Contents entities = EntityFile.read(dataDir);
    if (entities != null && !generation.equals(entities.generation())) return null;

    Map<String, StoryEntry> storyById = new HashMap<>();
    for (StoryEntry s : stories) for (String merged : s.mergedIds()) storyById.put(merged, s);
    for (StoryEntry s : stories) storyById.put(s.id(), s); // a story's own id wins over any merged id

    List<EntityCatalog.Row> rows = entities == null ? List.of() : EntityCatalog.rows(entities, storyOfArticle, null);
    Map<String, EntityCatalog.Row> entityById = new HashMap<>();
    for (EntityCatalog.Row r : rows) entityById.put(r.id(), r);
    Map<String, List<String>> links = new HashMap<>();
    Map<String, Integer> typesOfArticle = new HashMap<>();
    if (entities != null) {
      for (var e : entities.links().entrySet()) {
        List<String> ids = new ArrayList<>(e.getValue().size());
        int types = 0;
        for (String id : e.getValue()) {
          ids.add(intern(id));
          EntityCatalog.Row row = id == null ? null : entityById.get(id);
          if (row != null) types |= 1 << Snapshot.ENTITY_TYPES.indexOf(row.type());
        }
        links.put(intern(e.getKey()), ids);
        if (types != 0) typesOfArticle.put(intern(e.getKey()), types);
      }
    }

    Map<String, List<ReusePair>> reuseByArticle = new HashMap<>();
    ReuseFile.Contents reuse = ReuseFile.read(dataDir);
    if (reuse != null) {
      for (ReusePair p : reuse.pairs()) {
        reuseByArticle.computeIfAbsent(intern(p.fromArticle()), k -> new ArrayList<>(2)).add(p);
        reuseByArticle.computeIfAbsent(intern(p.toArticle()), k -> new ArrayList<>(2)).add(p);
      }
    }
    return new Snapshot(generation, List.copyOf(stories), Map.copyOf(storyById), Map.copyOf(storyOfArticle),
        List.copyOf(rows), Map.copyOf(entityById), Map.copyOf(links), Map.copyOf(typesOfArticle),
        Map.copyOf(reuseByArticle), stamp);
  }

  private StoryEntry entry(Story s) {
    List<String> entityIds = new ArrayList<>(s.entities().size());
    int[] mentions = new int[s.entities().size()];
    for (int i = 0; i < mentions.length; i++) {
      StoryEntity e = s.entities().get(i);
      entityIds.add(intern(e.id()));
      mentions[i] = e.mentions();
    }
    List<Story.QuoteLine> quotes = new ArrayList<>(s.quotes().size());
    for (Story.QuoteLine q : s.quotes()) {
      quotes.add(new Story.QuoteLine(intern(q.speaker()), intern(q.speakerEntity()), intern(q.verb()), q.text(),
          q.direct(), intern(q.article()), q.start(), q.end(), q.speakerStart(), q.speakerEnd()));
    }
    List<Story.FigureLine> figures = new ArrayList<>(s.figures().size());
    for (Story.FigureLine f : s.figures()) {
      figures.add(new Story.FigureLine(f.text(), f.value(), f.upper(), f.approx(), intern(f.qualifier()),
          intern(f.kind()), intern(f.group()), intern(f.place()), intern(f.period()), intern(f.article()), f.start(),
          f.end()));
    }
    List<String> outlets = new ArrayList<>(s.outlets().size());
    for (String o : s.outlets()) outlets.add(intern(o));
    try {
      // Most stories are small: kept plain, they go out with no work; the large ones, most of the bytes,
      // are kept gzipped.
      byte[] json = Json.MAPPER.writeValueAsBytes(s);
      boolean gzipped = json.length > PLAIN_UP_TO_BYTES;
      if (gzipped) json = Gzipped.compress(json);
      return new StoryEntry(intern(s.id()), s.title(), intern(s.firstSeen()), intern(s.lastSeen()),
          List.copyOf(outlets), List.copyOf(s.mergedIds()), List.copyOf(entityIds), mentions, List.copyOf(quotes),
          List.copyOf(figures), json, gzipped, Json.MAPPER.writeValueAsBytes(StoryList.item(s)));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String intern(String s) {
    if (s == null) return null;
    String known = strings.putIfAbsent(s, s);
    return known == null ? s : known;
  }
}
