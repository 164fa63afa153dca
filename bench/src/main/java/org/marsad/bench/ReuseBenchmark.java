package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ArticleReuseText;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.reuse.ReuseFile;
import org.marsad.ingest.reuse.ReusePair;
import org.marsad.store.ArticleRow;
import org.marsad.store.ArticleStore;

/**
 * marsad bench reuse: finding the text reuse of a whole corpus from scratch, as the first analyze does,
 * against a floor measured in the same run: reading every article back from the store and preparing it for
 * alignment (tokens normalized and hashed), which any reuse finder must do. The ratio says what the seed
 * index and the alignment add; the heap peak is the JVM's own record during the reuse pass.
 */
public final class ReuseBenchmark {

  private ReuseBenchmark() {}

  public static Map<String, Object> run(List<Path> inputs, Path dataDir, ReuseOptions options) throws Exception {
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("marsad-bench-reuse") : dataDir;
    try {
      try (ArticleStore store = ArticleStore.open(dir)) {
        // A kept store that already holds articles is benchmarked as it is.
        if (store.count() == 0) new Ingester(store, IngestOptions.defaults(), IngestListener.NONE).ingest(inputs);
      }
      Files.deleteIfExists(ReuseFile.path(dir));
      Map<String, Object> m = new LinkedHashMap<>();
      try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
        List<ArticleRow> rows = store.list(0, (int) store.count());
        m.put("articles", rows.size());
        m.put("threads", Runtime.getRuntime().availableProcessors());
        m.put("min_words", options.minWords());
        long t0 = System.nanoTime();
        AtomicLong tokens = new AtomicLong();
        rows.parallelStream().forEach(r -> {
          try {
            tokens.addAndGet(ArticleReuseText.of(store.get(r.id()).orElseThrow()).tokenCount());
          } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
        double floor = (System.nanoTime() - t0) / 1e9;
        m.put("tokens", tokens.get());
        m.put("read_and_prepare_s", round(floor));
      }
      HeapPeak.reset();
      ReuseBuilder.Result r;
      // ReuseBuilder writes its file beside the store: the store is opened writable but nothing is added.
      try (ArticleStore store = ArticleStore.open(dir)) {
        r = new ReuseBuilder(options).update(store);
      }
      long across = r.pairs().stream().filter(p -> !p.sameOutlet()).count();
      long articlesWithReuse = r.pairs().stream().map(ReusePair::toArticle).distinct().count();
      m.put("reuse_s", round(r.seconds()));
      m.put("reuse_to_read_and_prepare", round(r.seconds() / (double) m.get("read_and_prepare_s")));
      m.put("us_per_article", Math.round(r.seconds() * 1e6 / Math.max(1, (int) m.get("articles"))));
      m.put("passages", r.pairs().size());
      m.put("passages_across_outlets", across);
      m.put("articles_with_copied_passages", articlesWithReuse);
      m.put("heap_peak_mb", HeapPeak.bytes() / (1 << 20));
      m.put("heap_max_mb", Runtime.getRuntime().maxMemory() / (1 << 20));
      return m;
    } finally {
      if (temporary) IngestBenchmark.deleteTree(dir);
    }
  }

  private static double round(double x) {
    return Math.round(x * 100) / 100.0;
  }
}
