package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.marsad.core.model.Article;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.Utf8;
import org.marsad.store.ArticleStore;

/**
 * marsad bench ingest: ingests a corpus into a fresh store, then times the ArabicAnalyzer floor on the same
 * texts in the same process, and reports rates, the ratio to the floor and the peak heap.
 */
public final class IngestBenchmark {

  /** Texts handed to the floor at a time: bounded, so the floor's own memory stays small. */
  private static final int FLOOR_BATCH = 4000;

  private IngestBenchmark() {}

  /** Runs the benchmark. When {@code dataDir} is null a temporary store is used and deleted afterwards. */
  public static Map<String, Object> run(List<Path> inputs, Path dataDir, IngestOptions options) throws Exception {
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("marsad-bench") : dataDir;
    try {
      HeapPeak.reset();
      IngestReport report;
      try (ArticleStore store = ArticleStore.open(dir)) {
        report = new Ingester(store, options, IngestListener.NONE).ingest(inputs);
      }
      long peakHeap = HeapPeak.bytes();

      // The floor, on the texts the ingest stored: once on one thread (a plain tokenizing loop) and once
      // on as many threads as the ingest had. Each is run twice and the second pass is timed, so the floor
      // is measured warm while the ingest paid for its own warm-up: the comparison errs against us.
      AnalyzerFloor single = new AnalyzerFloor(1);
      AnalyzerFloor parallel = new AnalyzerFloor(options.threads());
      long floorTextBytes = 0;
      double bareIndexSeconds;
      try (ArticleStore store = ArticleStore.openReadOnly(dir);
          BareIndexBaseline bare = new BareIndexBaseline(options.threads())) {
        List<String> batch = new ArrayList<>(FLOOR_BATCH);
        for (String id : report.storedIds()) {
          Article a = store.get(id).orElseThrow(() -> new IOException("stored article missing: " + id));
          batch.add(a.text());
          floorTextBytes += Utf8.length(a.text());
          if (batch.size() == FLOOR_BATCH) {
            timeBaselines(batch, single, parallel, bare);
            batch.clear();
          }
        }
        if (!batch.isEmpty()) timeBaselines(batch, single, parallel, bare);
        bareIndexSeconds = bare.finish();
      } finally {
        single.close();
        parallel.close();
      }
      return figures(report, peakHeap, single, parallel, bareIndexSeconds, floorTextBytes, options.threads());
    } finally {
      if (temporary) deleteTree(dir);
    }
  }

  private static void timeBaselines(List<String> batch, AnalyzerFloor single, AnalyzerFloor parallel,
      BareIndexBaseline bare) throws Exception {
    single.warm(batch);
    single.tokenize(batch);
    parallel.tokenize(batch);
    bare.index(batch);
  }

  private static Map<String, Object> figures(IngestReport r, long peakHeap, AnalyzerFloor single,
      AnalyzerFloor parallel, double bareIndexSeconds, long floorTextBytes, int threads) {
    double mb = 1 << 20;
    double ingestTextMbS = r.textBytes() / mb / r.seconds();
    double floorMbS = floorTextBytes / mb / single.seconds();
    double parallelFloorMbS = floorTextBytes / mb / parallel.seconds();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("articles_read", r.read());
    m.put("stored", r.stored());
    m.put("duplicates", r.duplicates());
    m.put("near_duplicates", r.nearDuplicates());
    m.put("skipped", r.skipped());
    m.put("skipped_by_reason", r.skippedByReason());
    m.put("threads", threads);
    m.put("wall_s", round(r.seconds(), 2));
    m.put("boilerplate_pass_s", round(r.boilerplateSeconds(), 2));
    m.put("articles_per_s", round(r.read() / r.seconds(), 0));
    m.put("input_mb", round(r.bytesRead() / mb, 1));
    m.put("input_mb_per_s", round(r.bytesRead() / mb / r.seconds(), 2));
    m.put("text_mb", round(r.textBytes() / mb, 1));
    m.put("text_mb_per_s", round(ingestTextMbS, 2));
    m.put("floor_tokens", single.tokens());
    m.put("floor_s", round(single.seconds(), 2));
    m.put("floor_text_mb_per_s", round(floorMbS, 2));
    m.put("ratio_to_floor", round(ingestTextMbS / floorMbS, 3));
    m.put("parallel_floor_s", round(parallel.seconds(), 2));
    m.put("parallel_floor_text_mb_per_s", round(parallelFloorMbS, 2));
    m.put("ratio_to_parallel_floor", round(ingestTextMbS / parallelFloorMbS, 3));
    double bareMbS = floorTextBytes / mb / bareIndexSeconds;
    m.put("bare_index_s", round(bareIndexSeconds, 2));
    m.put("bare_index_text_mb_per_s", round(bareMbS, 2));
    m.put("ratio_to_bare_index", round(ingestTextMbS / bareMbS, 3));
    m.put("peak_heap_mb", round(peakHeap / mb, 0));
    m.put("max_heap_mb", round(Runtime.getRuntime().maxMemory() / mb, 0));
    return m;
  }
  private static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }

  static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
