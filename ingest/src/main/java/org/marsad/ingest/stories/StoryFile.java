package org.marsad.ingest.stories;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.marsad.ingest.AtomicFiles;
import org.marsad.ingest.entities.EntityFile;
import org.marsad.ingest.entities.EntityLinks;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.core.stories.ClusterState;

/**
 * The stories of a store, kept beside its index in {@code DATA/stories/}: {@code stories.json}, the stories
 * as published (what `marsad stories` reads), and {@code clusterer.json.gz}, the clusterer's state, so that
 * the next analyze continues where this one stopped; {@code entities.json.gz} (see EntityFile) likewise. The state holds every event's centroid and is ten
 * times the size of the stories, hence its own compressed file that only analyze reads.
 *
 * <p>Each file is written to a temporary file and moved into place atomically, the state first. Both carry
 * the same generation tag: if a run is killed between the two moves, the tags differ, the state is not
 * trusted, and the next analyze clusters every article again from the start.
 */
public final class StoryFile {

  /** Version of stories.json; keys are only ever added to it, so readers of format 1 read it all. */
  static final int FORMAT = 1;
  /**
   * Version of the clusterer state. 2: events and storylines merge (each group records what it absorbed).
   * A state of another version is not continued from: the next analyze clusters every article again, so the
   * stories are those that one run of this version gives.
   */
  static final int STATE_FORMAT = 2;

  /** The published stories. */
  public record Stories(int format, String generation, List<Story> stories) {}

  /** The clusterer's state, tagged with the generation of the stories it belongs to. */
  public record State(int format, String generation, ClusterState clusterer) {}

  /** What an analyze continues from: the stories and, when it can be trusted, the matching state. */
  public record Contents(List<Story> stories, ClusterState clusterer, EntityLinks entities) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private StoryFile() {}

  public static Path storiesPath(Path dataDir) {
    return dataDir.resolve("stories").resolve("stories.json");
  }

  static Path statePath(Path dataDir) {
    return dataDir.resolve("stories").resolve("clusterer.json.gz");
  }

  /** The published stories, or null when none were built yet. */
  public static Stories readStories(Path dataDir) throws IOException {
    Path file = storiesPath(dataDir);
    if (!Files.exists(file)) return null;
    Stories s = JSON.readValue(file.toFile(), Stories.class);
    if (s.format() != FORMAT) throw new IOException(file + ": unknown stories format " + s.format());
    return s;
  }

  /**
   * Reads the published stories one at a time, without holding them all (a corpus's file runs to hundreds of
   * MB). Returns the file's generation, or null when no stories were built yet.
   */
  public static String streamStories(Path dataDir, Consumer<Story> each) throws IOException {
    Path file = storiesPath(dataDir);
    if (!Files.exists(file)) return null;
    String generation = null;
    try (JsonParser p = JSON.getFactory().createParser(file.toFile())) {
      if (p.nextToken() != JsonToken.START_OBJECT) throw new IOException(file + ": not a stories file");
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals("format")) {
          if (p.getIntValue() != FORMAT) {
            throw new IOException(file + ": unknown stories format " + p.getIntValue());
          }
        } else if (field.equals("generation")) {
          generation = p.getValueAsString();
        } else if (field.equals("stories") && value == JsonToken.START_ARRAY) {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            each.accept(JSON.readValue(p, Story.class));
          }
        } else {
          p.skipChildren();
        }
      }
    }
    return generation;
  }

  /** Stories and state to continue from, or null to start over (nothing saved, or the two disagree). */
  static Contents readForUpdate(Path dataDir) throws IOException {
    Stories stories = readStories(dataDir);
    Path stateFile = statePath(dataDir);
    if (stories == null || !Files.exists(stateFile)) return null;
    State state;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(stateFile))) {
      state = JSON.readValue(in, State.class);
    }
    if (state.format() != STATE_FORMAT || !stories.generation().equals(state.generation())) return null;
    EntityFile.Contents entities = EntityFile.read(dataDir);
    if (entities == null || !stories.generation().equals(entities.generation())) return null;
    return new Contents(stories.stories(), state.clusterer(),
        EntityLinks.restore(entities.entities(), entities.links()));
  }

  static void write(Path dataDir, List<Story> stories, ClusterState clusterer, EntityLinks entities)
      throws IOException {
    String generation = UUID.randomUUID().toString();
    Files.createDirectories(storiesPath(dataDir).getParent());
    Path stateTmp = AtomicFiles.temporary(statePath(dataDir));
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(stateTmp), 1 << 16)) {
      JSON.writeValue(out, new State(STATE_FORMAT, generation, clusterer));
    }
    AtomicFiles.moveIntoPlace(stateTmp, statePath(dataDir));
    Path entitiesTmp = AtomicFiles.temporary(EntityFile.path(dataDir));
    EntityFile.write(entitiesTmp, generation, entities);
    AtomicFiles.moveIntoPlace(entitiesTmp, EntityFile.path(dataDir));
    Path storiesTmp = AtomicFiles.temporary(storiesPath(dataDir));
    JSON.writeValue(storiesTmp.toFile(), new Stories(FORMAT, generation, stories));
    AtomicFiles.moveIntoPlace(storiesTmp, storiesPath(dataDir));
  }
}
