package org.marsad.server;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.marsad.store.ArticleStore;

/**
 * The data the API serves: the store, opened read-only (it reads the last commit, whoever writes), and the
 * current {@link Snapshot}. A poller looks at the data folder every few hundred milliseconds and swaps in a
 * new snapshot when analyze (here or in another process) saved new stories, so articles added anywhere show
 * within seconds.
 */
final class LiveData implements Closeable {

  private final Path dataDir;
  private final ArticleStore store;
  private final AtomicReference<Snapshot> current = new AtomicReference<>();
  /** Bumped whenever the store view or the snapshot changes: what was computed before is stale. */
  private final AtomicLong version = new AtomicLong();
  private final ScheduledExecutorService poller;

  LiveData(Path dataDir, long pollMillis) throws IOException {
    this.dataDir = dataDir;
    if (!Files.isDirectory(dataDir.resolve("index"))) {
      // A new data folder: an empty store, so reads answer "nothing yet" until articles come.
      ArticleStore.open(dataDir).close();
    }
    this.store = ArticleStore.openReadOnly(dataDir);
    Snapshot first = SnapshotLoader.load(dataDir);
    current.set(first != null ? first : Snapshot.empty(FileStamp.of(dataDir)));
    this.poller = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "marsad-poll");
      t.setDaemon(true);
      return t;
    });
    poller.scheduleWithFixedDelay(this::pollQuietly, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  Snapshot snapshot() {
    return current.get();
  }

  ArticleStore store() {
    return store;
  }

  Path dataDir() {
    return dataDir;
  }

  /** Changes whenever what the API answers may have changed. */
  long version() {
    return version.get();
  }

  /** Brings the store view and the snapshot up to date now (after this server wrote). */
  synchronized void refresh() throws IOException {
    if (store.refresh()) version.incrementAndGet();
    Snapshot now = current.get();
    if (FileStamp.of(dataDir).equals(now.stamp())) return;
    Snapshot next = SnapshotLoader.load(dataDir);
    if (next != null) {
      current.set(next);
      version.incrementAndGet();
    }
  }

  private void pollQuietly() {
    try {
      refresh();
    } catch (IOException | RuntimeException e) {
      // A file replaced while being read, or a store mid-commit: the next poll reads it again.
      System.err.println("marsad serve: reload deferred: " + e);
    }
  }

  @Override
  public void close() throws IOException {
    poller.shutdown(); // not shutdownNow: an interrupt in the middle of reading the index closes its files
    try {
      poller.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    store.close();
  }
}
