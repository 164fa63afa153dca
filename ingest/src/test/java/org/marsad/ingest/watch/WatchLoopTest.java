package org.marsad.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.store.ArticleStore;

class WatchLoopTest {

  @TempDir Path data;
  @TempDir Path incoming;
  TestClock clock = new TestClock(Instant.parse("2016-12-10T20:00:00Z"));
  ArticleStore store;
  FolderWatcher folder;
  BatchRunner runner;

  @BeforeEach
  void open() throws Exception {
    store = ArticleStore.open(data);
  }

  /** Watches the folder as it is now: files already there are seen at start. */
  private void watch() throws Exception {
    folder = new FolderWatcher(incoming, Duration.ofDays(1), clock);
    runner = new BatchRunner(store, new Ingester(store, IngestOptions.defaults(), IngestListener.NONE), List.of(),
        List.of(folder), new ReuseBuilder(ReuseOptions.defaults()),
        new StoryBuilder(ClusteringOptions.defaults(), SummaryOptions.defaults()));
  }

  @AfterEach
  void close() throws Exception {
    folder.close();
    store.close();
  }

  @Test
  void onceLeavesAFileStillBeingWrittenForTheNextRun() throws Exception {
    byte[] whole = Files.readAllBytes(Seeds.file("002"));
    Path file = incoming.resolve("002.txt");
    Files.write(file, Arrays.copyOf(whole, 1000));
    watch();
    List<WatchBatch> batches = new ArrayList<>();
    WatchLoop loop = new WatchLoop(runner, Duration.ofMillis(10), batch -> {
      batches.add(batch);
      // The copy goes on between the two looks.
      if (batches.size() == 1) append(file, Arrays.copyOfRange(whole, 1000, 2000));
    });
    assertEquals(List.of(file.toString()), loop.once());
    assertEquals(2, batches.size(), "a second look at the new file");
    assertEquals(0, store.count());

    // The next run finds it finished.
    append(file, Arrays.copyOfRange(whole, 2000, whole.length));
    List<WatchBatch> next = new ArrayList<>();
    assertEquals(List.of(), new WatchLoop(runner, Duration.ofMillis(10), next::add).once());
    assertEquals(1, next.get(next.size() - 1).stored());
    assertEquals(1, store.count());
  }

  @Test
  void stopEndsTheLoopAfterTheCurrentPass() throws Exception {
    watch();
    WatchLoop loop = new WatchLoop(runner, Duration.ofSeconds(30), batch -> {});
    Thread running = new Thread(() -> {
      try {
        loop.run();
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    });
    running.start();
    Thread.sleep(100);
    loop.stop();
    running.join(Duration.ofSeconds(5).toMillis());
    assertFalse(running.isAlive(), "woken from its 30 s pause");
  }

  private static void append(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes, StandardOpenOption.APPEND);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
