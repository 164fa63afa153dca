package org.marsad.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * A second baseline: a bare Lucene index of the same texts (ArabicAnalyzer, text stored and indexed with
 * positions, nothing else), written on as many threads as the ingest had. Any store that keeps and
 * searches the text pays at least this; the distance from it to the ingest is Marsad's own work.
 */
final class BareIndexBaseline implements AutoCloseable {

  private final Path dir;
  private final IndexWriter writer;
  private final ExecutorService pool;
  private final int threads;
  private long nanos;

  BareIndexBaseline(int threads) throws IOException {
    this.threads = threads;
    this.dir = Files.createTempDirectory("marsad-bare-index");
    this.writer = new IndexWriter(FSDirectory.open(dir), new IndexWriterConfig(new ArabicAnalyzer()));
    this.pool = Executors.newFixedThreadPool(threads);
  }

  void index(List<String> texts) throws Exception {
    long start = System.nanoTime();
    List<Future<?>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<String> slice = texts.subList(texts.size() * t / threads, texts.size() * (t + 1) / threads);
      parts.add(pool.submit(() -> {
        for (String text : slice) {
          Document d = new Document();
          d.add(new TextField("text", text, Field.Store.YES));
          writer.addDocument(d);
        }
        return null;
      }));
    }
    for (Future<?> f : parts) f.get();
    nanos += System.nanoTime() - start;
  }

  /** Commits (timed: a store must make its index durable too) and returns the seconds spent. */
  double finish() throws IOException {
    long start = System.nanoTime();
    writer.commit();
    nanos += System.nanoTime() - start;
    return nanos / 1e9;
  }

  @Override
  public void close() throws IOException {
    pool.shutdownNow();
    writer.close();
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }
}
