package org.marsad.ingest.stories;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.marsad.core.stories.ClusterState;

/**
 * The stories of a store, kept beside its index in {@code DATA/stories/stories.json}: the stories as
 * published, and the clusterer's state so that the next ingest continues where this one stopped.
 *
 * <p>Written to a temporary file and moved into place atomically: a run killed while writing leaves the
 * previous file whole, and the next run re-clusters whatever articles the file does not cover yet.
 */
public final class StoryFile {

  static final int FORMAT = 1;

  /** What the file holds. */
  public record Contents(int format, ClusterState clusterer, List<Story> stories) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private StoryFile() {}

  public static Path path(Path dataDir) {
    return dataDir.resolve("stories").resolve("stories.json");
  }

  /** The saved contents, or null when no stories were built yet. */
  public static Contents read(Path dataDir) throws IOException {
    Path file = path(dataDir);
    if (!Files.exists(file)) return null;
    Contents c = JSON.readValue(file.toFile(), Contents.class);
    if (c.format() != FORMAT) throw new IOException(file + ": unknown stories format " + c.format());
    return c;
  }

  public static void write(Path dataDir, Contents contents) throws IOException {
    Path file = path(dataDir);
    Files.createDirectories(file.getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), contents);
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
