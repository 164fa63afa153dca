package org.marsad.ingest.watch;

import org.marsad.ingest.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The validators of every watched feed, kept in {@code DATA/watch/feeds.json} so a restarted watch still
 * polls conditionally: {@code {"feeds":{"URL":{"etag":...,"last_modified":...}}}}. Written whole to a
 * temporary file and moved into place, so a kill never leaves half a file. Single-threaded.
 */
public final class FeedStateFile {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path file;
  private final Map<String, FeedValidators> feeds = new TreeMap<>();

  private FeedStateFile(Path file) {
    this.file = file;
  }

  public static Path path(Path dataDir) {
    return dataDir.resolve("watch").resolve("feeds.json");
  }

  /** Loads the state of a data dir; a missing file is an empty state, a damaged one too (validators are a cache). */
  public static FeedStateFile load(Path dataDir) {
    FeedStateFile state = new FeedStateFile(path(dataDir));
    if (!Files.exists(state.file)) return state;
    try {
      JsonNode feeds = JSON.readTree(state.file.toFile()).path("feeds");
      for (Iterator<Map.Entry<String, JsonNode>> it = feeds.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        state.feeds.put(e.getKey(), new FeedValidators(text(e.getValue(), "etag"), text(e.getValue(), "last_modified")));
      }
    } catch (IOException | RuntimeException damaged) {
      state.feeds.clear(); // the worst case is one full download per feed
    }
    return state;
  }

  public FeedValidators get(String url) {
    return feeds.getOrDefault(url, FeedValidators.NONE);
  }

  /** Records a feed's validators and writes the file when they changed. */
  public void put(String url, FeedValidators validators) throws IOException {
    if (validators.equals(feeds.get(url))) return;
    feeds.put(url, validators);
    save();
  }

  private void save() throws IOException {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode all = root.putObject("feeds");
    for (Map.Entry<String, FeedValidators> e : feeds.entrySet()) {
      ObjectNode f = all.putObject(e.getKey());
      f.put("etag", e.getValue().etag());
      f.put("last_modified", e.getValue().lastModified());
    }
    Files.createDirectories(file.getParent());
    Path tmp = AtomicFiles.temporary(file);
    JSON.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), root);
    AtomicFiles.moveIntoPlace(tmp, file);
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
