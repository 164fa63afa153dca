package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.marsad.core.model.Article;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.ArticleJson;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.Skip;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.readers.InputFile;
import org.marsad.readers.json.FieldMapping;
import org.marsad.readers.json.JsonLinesReader;
import org.marsad.store.ArticleStore;
import org.marsad.store.StoreInUseException;

/**
 * One batch of POSTed articles, written as `marsad analyze` writes: ingest (the JSON Lines reader, the same
 * analysis and duplicate checks), then reuse, then stories. It runs in a process of its own, started by the
 * server's writer: bringing a corpus's stories up to date takes as much heap as `analyze` does, which the
 * serving process, holding its snapshot, does not have to spare.
 *
 * <p>Reads JSON Lines on stdin, prints one JSON report on stdout; exits 0, or {@link #STORE_IN_USE} when
 * another process holds the store's write lock, or 1 on any other failure (the message on stderr).
 */
public final class WriteJob {

  static final int STORE_IN_USE = 3;

  private WriteJob() {}

  public static void main(String[] args) {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      byte[] bytes = System.in.readAllBytes();
      out.println(new ObjectMapper().writeValueAsString(write(Path.of(args[0]), bytes)));
      System.exit(0);
    } catch (StoreInUseException e) {
      System.err.println(e.getMessage());
      System.exit(STORE_IN_USE);
    } catch (Throwable e) {
      System.err.println(e);
      System.exit(1);
    }
  }

  static Map<String, Object> write(Path dataDir, byte[] jsonLines) throws IOException {
    // The batch is named as a file in a folder "posted": that folder is the outlet of a record that names
    // none and has no URL, and "posted/batch-ID.jsonl#N" the source id of one with no id or URL.
    String batch = "batch-" + UUID.randomUUID() + ".jsonl";
    String text = new String(jsonLines, StandardCharsets.UTF_8);
    InputFile in = new InputFile("POST /api/articles " + batch, "posted/" + batch, "posted", batch, jsonLines);
    JsonLinesReader reader = new JsonLinesReader(new FieldMapping(Map.of()));
    List<Map<String, Object>> stored = new ArrayList<>();
    IngestReport report;
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      report = new Ingester(store, IngestOptions.defaults(), new IngestListener() {
        @Override
        public void stored(Article a) {
          stored.add(ArticleJson.row(a));
        }
      }).ingest(jsonLines.length, listener -> reader.read(in, text, listener));
      if (report.stored() > 0) {
        new ReuseBuilder(ReuseOptions.defaults()).update(store);
        new StoryBuilder(ClusteringOptions.defaults(), SummaryOptions.defaults()).update(store);
      }
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("read", report.read());
    m.put("stored", report.stored());
    m.put("duplicates", report.duplicates());
    m.put("near_duplicates", report.nearDuplicates());
    m.put("skipped", report.skipped());
    List<Map<String, Object>> skips = new ArrayList<>();
    for (Skip s : report.skips()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("record", recordNumber(s.origin()));
      o.put("reason", s.reason());
      o.put("detail", s.detail());
      skips.add(o);
    }
    m.put("skips", skips);
    m.put("articles", stored);
    return m;
  }

  /** The 1-based record a skip is about ("...batch.jsonl#3" is the third line); never a path. */
  private static Integer recordNumber(String origin) {
    int hash = origin == null ? -1 : origin.lastIndexOf('#');
    if (hash < 0) return null;
    try {
      return Integer.parseInt(origin.substring(hash + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
