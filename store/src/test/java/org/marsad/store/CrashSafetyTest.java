package org.marsad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.Article;

/**
 * Kills a real writer process with SIGKILL (Process.destroyForcibly) at an arbitrary moment, several
 * times, and checks that the store reopens at a commit boundary with every reported commit intact.
 */
class CrashSafetyTest {

  static final int COMMIT_EVERY = 25;
  static final int ROUNDS = 4;

  @TempDir Path dir;

  @Test
  void killedWriterLeavesTheLastCommitIntact() throws Exception {
    List<Article> seeds = Seeds.all();
    Random random = new Random(42);
    int lastReported = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Process child = startChild();
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread pump = new Thread(() -> {
        try (BufferedReader in = new BufferedReader(
            new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
          for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
        } catch (java.io.IOException e) {
          // the child died: nothing more to read
        }
      });
      pump.setDaemon(true);
      pump.start();
      try {
        int commits = 0;
        while (commits < 4) {
          String line = lines.poll(60, TimeUnit.SECONDS);
          assertNotNull(line, "child said nothing for 60 s (round " + round + ")");
          if (line.startsWith("committed ")) {
            commits++;
            lastReported = Integer.parseInt(line.substring("committed ".length()));
          } else if (!line.startsWith("opened ")) {
            fail("child: " + line + drain(lines));
          }
          if (commits == 1 && round == 0) {
            // While the child writes: a second writer is refused across processes, a reader works.
            StoreInUseException e = assertThrows(StoreInUseException.class, () -> ArticleStore.open(dir));
            assertTrue(e.getMessage().contains("in use by another process"));
            try (ArticleStore reader = ArticleStore.openReadOnly(dir)) {
              assertEquals(0, reader.count() % COMMIT_EVERY);
            }
          }
        }
        Thread.sleep(random.nextInt(250)); // land somewhere in a later batch or commit
      } finally {
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
      }
      pump.join(10_000);
      // Lines the child printed before dying count as reported too.
      for (String line : lines) {
        if (line.startsWith("committed ")) lastReported = Integer.parseInt(line.substring(10));
      }

      try (ArticleStore store = ArticleStore.open(dir)) { // no stale lock after kill -9
        long count = store.count();
        System.out.printf("round %d: reported %d, reopened at %d%n", round, lastReported, count);
        assertEquals(0, count % COMMIT_EVERY, "count " + count + " is not a commit boundary");
        assertTrue(count >= lastReported, "lost reported commits: " + count + " < " + lastReported);
        for (int i = 0; i < count; i++) {
          Article expected = CrashChild.article(seeds, i);
          assertEquals(expected, store.get(expected.id()).orElseThrow(), "article " + i);
          assertArrayEquals(CrashChild.signature(i), store.signature(expected.id()).orElseThrow());
        }
        assertFalse(store.containsId("crash-" + count));
        assertEquals((count + 6) / 7, store.lineFrequency("line:0"));
      }
    }
    // The store is still writable and consistent after the last kill.
    try (ArticleStore store = ArticleStore.open(dir)) {
      long before = store.count();
      store.add(CrashChild.article(seeds, (int) before), null, List.of());
      store.commit();
      assertEquals(before + 1, store.count());
    }
  }

  private Process startChild() throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb = new ProcessBuilder(
        java.toString(),
        "-cp", System.getProperty("java.class.path"),
        "-Dfile.encoding=UTF-8",
        "-Dmarsad.repo=" + Seeds.repo(),
        CrashChild.class.getName(),
        dir.toString(),
        Integer.toString(COMMIT_EVERY));
    pb.redirectErrorStream(true);
    return pb.start();
  }

  private static String drain(BlockingQueue<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) out.append('\n').append(line);
    return out.toString();
  }
}
