package org.marsad.ingest.reuse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.marsad.ingest.AtomicFiles;

/**
 * The text reuse of a store, kept in {@code DATA/reuse/reuse.json.gz}: every article aligned so far (with
 * its outlet, day and body length, which the per-outlet report needs) and every passage found. Written to a
 * temporary file and moved into place, so a reader sees the old file or the new one, never half of one.
 */
public final class ReuseFile {

  /** Version of the file; another version is not continued from (reuse is found again from the articles). */
  static final int FORMAT = 1;

  /** An aligned article; {@code chars} counts its text outside boilerplate. */
  public record ArticleEntry(String id, String outlet, String published, int chars) {}

  public record Contents(int format, @JsonProperty("min_words") int minWords, List<ArticleEntry> articles,
      List<ReusePair> pairs) {}

  private static final ObjectMapper JSON =
      new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

  private ReuseFile() {}

  public static Path path(Path dataDir) {
    return dataDir.resolve("reuse").resolve("reuse.json.gz");
  }

  /** The saved reuse, or null when none was found yet or it is of another format. */
  public static Contents read(Path dataDir) throws IOException {
    Path file = path(dataDir);
    if (!Files.exists(file)) return null;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      Contents c = JSON.readValue(in, Contents.class);
      return c.format() == FORMAT ? c : null;
    }
  }

  static void write(Path dataDir, Contents contents) throws IOException {
    Path file = path(dataDir);
    Files.createDirectories(file.getParent());
    Path tmp = AtomicFiles.temporary(file);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
      JSON.writeValue(out, contents);
    }
    AtomicFiles.moveIntoPlace(tmp, file);
  }
}
