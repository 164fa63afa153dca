package org.marsad.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;
import org.marsad.store.ArticleStore;

class FolderWatcherTest {

  @TempDir Path data;
  @TempDir Path incoming;
  TestClock clock = new TestClock(Instant.parse("2016-12-10T20:00:00Z"));
  ArticleStore store;
  Ingester ingester;

  @BeforeEach
  void open() throws Exception {
    store = ArticleStore.open(data);
    ingester = new Ingester(store, IngestOptions.defaults().withSkipKnownSources(true), IngestListener.NONE);
  }

  @AfterEach
  void close() throws Exception {
    store.close();
  }

  @Test
  void aDroppedSeedIsIngestedOnce() throws Exception {
    Path seed = Seeds.file("004");
    try (FolderWatcher watcher = new FolderWatcher(incoming, Duration.ofSeconds(30), clock)) {
      assertTrue(watcher.completeFiles().isEmpty());
      Files.copy(seed, incoming.resolve(seed.getFileName()));
      // Seen by the WatchService (or the rescan below, on filesystems without events), then complete at the
      // next check: never on the check that first sees it.
      clock.advance(Duration.ofSeconds(30));
      long stored = 0;
      List<Long> storedPerPass = new java.util.ArrayList<>();
      for (int i = 0; i < 3; i++) {
        SourcePass p = watcher.pass(ingester);
        storedPerPass.add(p.stored());
        stored += p.stored();
      }
      assertEquals(List.of(0L, 1L, 0L), storedPerPass);
      assertEquals(1, store.count());
      String id = store.list(0, 1).get(0).id();
      assertEquals(Files.readString(seed), store.get(id).orElseThrow().text());
      assertEquals(seed.getFileName().toString(), store.get(id).orElseThrow().sourceId(), "relative to the folder");

      // Rescans later find nothing new.
      clock.advance(Duration.ofSeconds(30));
      assertEquals(0, watcher.pass(ingester).stored());
      assertEquals(0, watcher.pass(ingester).stored());
      assertEquals(1, stored);
    }
  }

  @Test
  void theWatchServiceAloneNoticesAFile() throws Exception {
    Path seed = Seeds.file("000");
    // A rescan period the test never reaches: only the change events can find the file.
    try (FolderWatcher watcher = new FolderWatcher(incoming, Duration.ofDays(1), clock)) {
      Files.createDirectories(incoming.resolve("paris"));
      watcher.completeFiles(); // registers the new subfolder from its event, if events came already
      Files.copy(seed, incoming.resolve("paris").resolve(seed.getFileName()));
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      long stored = 0;
      while (stored == 0 && System.nanoTime() < deadline) {
        stored = watcher.pass(ingester).stored();
        if (stored == 0) Thread.sleep(50);
      }
      assertEquals(1, stored, "the file in a new subfolder was found within 5 s");
      String id = store.list(0, 1).get(0).id();
      assertEquals("paris/" + seed.getFileName(), store.get(id).orElseThrow().sourceId());
    }
  }

  @Test
  void aFileStillBeingWrittenWaitsUntilItIsComplete() throws Exception {
    byte[] whole = Files.readAllBytes(Seeds.file("001"));
    Path file = incoming.resolve("001.txt");
    try (FolderWatcher watcher = new FolderWatcher(incoming, Duration.ZERO, clock)) {
      Files.write(file, Arrays.copyOf(whole, whole.length / 2));
      assertTrue(watcher.completeFiles().isEmpty(), "first seen");
      Files.write(file, Arrays.copyOfRange(whole, whole.length / 2, whole.length), StandardOpenOption.APPEND);
      assertTrue(watcher.completeFiles().isEmpty(), "grew since the last check");
      assertEquals(List.of(file), watcher.pendingFiles());
      List<Path> complete = watcher.completeFiles();
      assertEquals(List.of(file), complete, "unchanged across two checks");
      IngestReport r = ingester.ingestFilesUnder(incoming, complete);
      assertEquals(1, r.stored());
      assertEquals(new String(whole, StandardCharsets.UTF_8),
          store.get(r.storedIds().get(0)).orElseThrow().text(), "the whole file, not the half first seen");
      assertTrue(watcher.completeFiles().isEmpty());
      assertTrue(watcher.pendingFiles().isEmpty());
    }
  }

  @Test
  void theStoresOwnFolderIsNotWatched() throws Exception {
    Path inside = incoming.resolve("marsad-data");
    Files.createDirectories(inside.resolve("index"));
    Files.writeString(inside.resolve("index").resolve("segments_1"), "written by the store on every batch");
    Files.copy(Seeds.file("003"), incoming.resolve("003.txt"));
    try (FolderWatcher watcher = new FolderWatcher(incoming, Duration.ZERO, clock, inside)) {
      watcher.completeFiles();
      assertEquals(List.of(incoming.resolve("003.txt")), watcher.completeFiles());
    }
  }

  @Test
  void partialDownloadsAndHiddenFilesAreIgnored() throws Exception {
    try (FolderWatcher watcher = new FolderWatcher(incoming, Duration.ZERO, clock)) {
      Files.copy(Seeds.file("002"), incoming.resolve("002.txt.part"));
      Files.copy(Seeds.file("003"), incoming.resolve(".003.txt"));
      watcher.completeFiles();
      assertTrue(watcher.completeFiles().isEmpty());
      // The downloader renames the file when done: now it counts.
      Files.move(incoming.resolve("002.txt.part"), incoming.resolve("002.txt"));
      watcher.completeFiles();
      assertEquals(List.of(incoming.resolve("002.txt")), watcher.completeFiles());
    }
  }
}
