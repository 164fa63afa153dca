package org.marsad.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.core.analysis.Analysis;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.ner.EntityAnnotator;
import org.marsad.core.dedup.NearDuplicateIndex;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.readers.ReadListener;
import org.marsad.readers.SourceReader;
import org.marsad.store.ArticleStore;

/**
 * Reads inputs, analyses each article and writes it to the store, once.
 *
 * <p>Three stages run at once: this thread reads files in a fixed order; a pool analyses articles in parallel;
 * one writer thread takes the results back in reading order, drops duplicates, links near-duplicates and adds
 * the rest to the store. Keeping the writer in reading order is what makes ids, duplicate links and the store
 * the same on every run of the same input. The store commits every {@link IngestOptions#commitEvery()}
 * articles and at the end, so a killed run loses at most the articles since the last commit and a second run
 * completes it: what is stored already is recognised by source and by content.
 */
public final class Ingester {

  private final ArticleStore store;
  private final IngestOptions options;
  private final IngestListener listener;
  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final EntityAnnotator entities = new EntityAnnotator();
  private final NearDuplicateIndex nearDuplicates = new NearDuplicateIndex();
  private final RepeatedLines repeatedLines;

  public Ingester(ArticleStore store, IngestOptions options, IngestListener listener) throws IOException {
    this.store = store;
    this.options = options;
    this.listener = listener == null ? IngestListener.NONE : listener;
    this.repeatedLines = new RepeatedLines(store, options);
    store.forEachSignature(nearDuplicates::add);
  }

  /** What an ingest reads from: files on disk, or records already in memory (the server's POST). */
  @FunctionalInterface
  public interface Source {
    /** Gives every article (and every skip) to the listener, in a fixed order. */
    void readInto(ReadListener listener) throws IOException;
  }

  /** Ingests every path in order and commits. Bad input is reported and skipped; store failures throw. */
  public IngestReport ingest(List<Path> paths) throws IOException {
    long totalBytes = 0;
    for (Path p : paths) totalBytes += SourceReader.totalBytes(p);
    SourceReader reader = new SourceReader(options.readerOptions());
    return ingest(totalBytes, l -> {
      for (Path p : paths) reader.read(p, l);
    });
  }

  /** Ingests what a source gives, as {@link #ingest(List)} does files; {@code totalBytes} is for progress. */
  public IngestReport ingest(long totalBytes, Source source) throws IOException {
    long startNanos = System.nanoTime();
    listener.started(totalBytes);

    Tally tally = new Tally();
    BlockingQueue<Future<Analysed>> inOrder = new ArrayBlockingQueue<>(Math.max(64, options.threads() * 64));
    ExecutorService pool = Executors.newFixedThreadPool(options.threads(), daemon("marsad-analyse"));
    ExecutorService writer = Executors.newSingleThreadExecutor(daemon("marsad-write"));
    AtomicReference<Throwable> writeFailure = new AtomicReference<>();
    Future<?> writing = writer.submit(() -> {
      try {
        drain(inOrder, tally);
      } catch (Throwable t) {
        writeFailure.set(t);
        inOrder.clear(); // unblock the reader so it can see the failure
      }
    });

    AtomicLong bytesDone = new AtomicLong();
    ReadListener readListener = new ReadListener() {
      @Override
      public void article(RawArticle raw) {
        failIfWriterDied(writeFailure);
        tally.read.incrementAndGet();
        tally.textBytes.addAndGet(Utf8.length(raw.text()));
        putInOrder(inOrder, pool.submit(() -> analyse(raw)), writeFailure);
      }

      @Override
      public void skipped(String origin, String reason, String detail) {
        putInOrder(inOrder, CompletableFuture.completedFuture(Analysed.skip(new Skip(origin, reason, detail))),
            writeFailure);
      }

      @Override
      public void fileDone(String origin, long bytes) {
        listener.progress(bytesDone.addAndGet(bytes), tally.read.get());
      }
    };
    try {
      source.readInto(readListener);
      putInOrder(inOrder, CompletableFuture.completedFuture(Analysed.END), writeFailure);
      writing.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("ingest interrupted", e);
    } catch (ExecutionException e) {
      throw new IOException("ingest failed", e.getCause());
    } finally {
      pool.shutdownNow();
      writer.shutdownNow();
    }
    if (writeFailure.get() != null) throw asIOException(writeFailure.get());

    // The articles are made durable before the boilerplate pass; if that pass is interrupted, the next run
    // redoes it (see RepeatedLines).
    store.commit();
    long passStart = System.nanoTime();
    long marked = repeatedLines.markBoilerplate();
    if (marked > 0) store.commit();
    long end = System.nanoTime();
    return new IngestReport(tally.read.get(), tally.storedIds.size(), tally.duplicates, tally.nearDuplicates,
        tally.skips.size(), tally.skippedByReason(), List.copyOf(tally.skips), marked, bytesDone.get(),
        tally.textBytes.get(), (end - startNanos) / 1e9, (end - passStart) / 1e9, List.copyOf(tally.storedIds));
  }

  /** Runs on the pool: everything about one article that needs no other article. */
  private Analysed analyse(RawArticle raw) {
    try {
      Analysis analysis = analyzer.analyzeWithFingerprints(raw);
      Article article = entities.addTo(analysis.article());
      return new Analysed(article, analysis.signature(),
          repeatedLines.linesOf(article.outlet(), analysis.lineKeys()), null);
    } catch (RuntimeException e) {
      // A bug on one odd article must not sink a run of thousands: report it like bad input.
      return Analysed.skip(new Skip(raw.origin(), "analysis error", String.valueOf(e)));
    }
  }

  /** Runs on the writer thread, in reading order. */
  private void drain(BlockingQueue<Future<Analysed>> inOrder, Tally tally) throws Exception {
    long sinceCommit = 0;
    while (true) {
      Analysed next = inOrder.take().get();
      if (next == Analysed.END) break;
      if (next.skip() != null) {
        tally.skip(next.skip());
        listener.skipped(next.skip());
        continue;
      }
      Article article = next.article();
      if (store.containsSource(article.outlet(), article.sourceId()) || store.containsId(article.id())) {
        repeatedLines.seen(next.lines());
        tally.duplicates++;
        continue;
      }
      article = repeatedLines.markWhileStoring(article, next.lines());
      String original = nearDuplicates.findNearDuplicate(next.signature()).orElse(null);
      if (original != null) {
        article = article.withDuplicateOf(original);
        tally.nearDuplicates++;
      }
      store.add(article, next.signature(), RepeatedLines.keys(next.lines()));
      nearDuplicates.add(article.id(), next.signature());
      tally.storedIds.add(article.id());
      listener.stored(article);
      if (++sinceCommit >= options.commitEvery()) {
        store.commit();
        sinceCommit = 0;
      }
    }
  }

  private static void putInOrder(BlockingQueue<Future<Analysed>> q, Future<Analysed> f,
      AtomicReference<Throwable> writeFailure) {
    try {
      while (!q.offer(f, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        failIfWriterDied(writeFailure);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("ingest interrupted", e);
    }
  }

  private static void failIfWriterDied(AtomicReference<Throwable> writeFailure) {
    Throwable t = writeFailure.get();
    if (t != null) throw new UncheckedIOException(asIOException(t));
  }

  private static IOException asIOException(Throwable t) {
    if (t instanceof ExecutionException && t.getCause() != null) t = t.getCause();
    return t instanceof IOException io ? io : new IOException("writing to the store failed: " + t, t);
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    AtomicLong n = new AtomicLong();
    return r -> {
      Thread t = new Thread(r, name + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /** One article ready for the writer, or one skip, or the end marker. */
  private record Analysed(Article article, long[] signature, List<RepeatedLines.Line> lines, Skip skip) {
    static final Analysed END = new Analysed(null, null, null, null);

    static Analysed skip(Skip s) {
      return new Analysed(null, null, null, s);
    }
  }

  /** Counters: read is bumped by the reader thread, the rest only by the writer thread. */
  private static final class Tally {
    final AtomicLong read = new AtomicLong();
    final AtomicLong textBytes = new AtomicLong();
    long duplicates;
    long nearDuplicates;
    final List<Skip> skips = new ArrayList<>();
    final List<String> storedIds = new ArrayList<>();

    void skip(Skip s) {
      skips.add(s);
    }

    Map<String, Long> skippedByReason() {
      Map<String, Long> out = new LinkedHashMap<>();
      for (Skip s : skips) out.merge(s.reason(), 1L, Long::sum);
      return out;
    }
  }
}
