package org.marsad.ingest.entities;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.core.entities.ResolverState;

/**
 * The corpus's entities and every article's links to them, in {@code DATA/stories/entities.json.gz}, tagged
 * with the generation of the stories they belong to (see StoryFile). Written to a temporary file that the
 * caller moves into place.
 */
public final class EntityFile {

  static final int FORMAT = 1;

  public record Contents(int format, String generation, ResolverState entities, Map<String, List<String>> links) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private EntityFile() {}

  public static Path path(Path dataDir) {
    return dataDir.resolve("stories").resolve("entities.json.gz");
  }

  /** The saved entities, or null when there are none or they are from another format. */
  public static Contents read(Path dataDir) throws IOException {
    Path file = path(dataDir);
    if (!Files.exists(file)) return null;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      Contents c = JSON.readValue(in, Contents.class);
      return c.format() == FORMAT ? c : null;
    }
  }

  public static void write(Path file, String generation, EntityLinks links) throws IOException {
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
      JSON.writeValue(out, new Contents(FORMAT, generation, links.resolver().snapshot(), links.links()));
    }
  }
}
