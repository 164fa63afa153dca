package org.marsad.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.core.model.Article;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.readers.InputFile;
import org.marsad.readers.json.FieldMapping;
import org.marsad.readers.json.JsonLinesReader;
import org.marsad.store.ArticleStore;

/**
 * The server's one writer. Batches are written one at a time on a single thread, each as `marsad analyze`
 * would: ingest (the same readers and analysis), then reuse, then stories; the store is opened for writing
 * only for the batch, so `marsad analyze` or `watch` can write between batches (and a batch that finds the
 * store busy fails with {@link org.marsad.store.StoreInUseException}).
 */
final class ArticleWriter implements Closeable {

  /** What one batch did: the ingest report and the stored articles. */
  record Result(IngestReport report, List<Article> stored) {}

  private final LiveData data;
  private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "marsad-writer");
    t.setDaemon(true);
    return t;
  });

  ArticleWriter(LiveData data) {
    this.data = data;
  }

  /** Writes the records (JSON objects with the JSON reader's field names) and waits for the result. */
  Result write(List<JsonNode> records) throws IOException, InterruptedException {
    Future<Result> done = thread.submit(() -> writeNow(records));
    try {
      return done.get();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) throw io;
      if (e.getCause() instanceof RuntimeException re) throw re;
      throw new IOException(e.getCause());
    }
  }

  private Result writeNow(List<JsonNode> records) throws IOException {
    // The records go through the JSON Lines reader, as a file given to `marsad ingest` would. The batch is
    // named as a file in a folder "posted": that folder is the outlet of a record that names none and has no
    // URL, and "posted/batch-ID.jsonl#N" the source id of one with no id or URL.
    String batch = "batch-" + UUID.randomUUID() + ".jsonl";
    StringBuilder lines = new StringBuilder();
    for (JsonNode r : records) lines.append(Json.MAPPER.writeValueAsString(r)).append('\n');
    String text = lines.toString();
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    InputFile in = new InputFile("POST /api/articles " + batch, "posted/" + batch, "posted", batch, bytes);
    JsonLinesReader reader = new JsonLinesReader(new FieldMapping(Map.of()));

    List<Article> stored = new ArrayList<>();
    IngestReport report;
    try (ArticleStore store = ArticleStore.open(data.dataDir())) {
      report = new Ingester(store, IngestOptions.defaults(), new IngestListener() {
        @Override
        public void stored(Article article) {
          stored.add(article);
        }
      }).ingest(bytes.length, listener -> reader.read(in, text, listener));
      if (report.stored() > 0) {
        new ReuseBuilder(ReuseOptions.defaults()).update(store);
        new StoryBuilder(ClusteringOptions.defaults(), SummaryOptions.defaults()).update(store);
      }
    }
    data.refresh();
    return new Result(report, stored);
  }

  @Override
  public void close() {
    thread.shutdown();
  }
}
