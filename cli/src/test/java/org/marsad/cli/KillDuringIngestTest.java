package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real `marsad ingest` child process killed with SIGKILL in the middle of a run leaves a usable store, and
 * running the same ingest again completes it without duplicates.
 */
class KillDuringIngestTest {

  static final int ARTICLES = 12_000;
  static final int COMMIT_EVERY = 500;

  @TempDir Path tmp;

  @Test
  void killNineThenRerunCompletesWithoutDuplicates() throws Exception {
    Path corpus = writeCorpus(tmp.resolve("corpus"));
    Path data = tmp.resolve("data");

    Process child = new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
        Marsad.class.getName(), "ingest", corpus.toString(), "--data", data.toString(),
        "--commit-every", String.valueOf(COMMIT_EVERY), "--threads", "1")
        .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    // Kill once a couple of commits have landed, i.e. while the run is certainly mid-way.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (commitsIn(data.resolve("index")) < 3 && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertTrue(child.isAlive(), "the child finished before it could be killed: " + Files.readString(tmp.resolve("child.log")));
    child.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no final commit
    child.waitFor(30, TimeUnit.SECONDS);

    JsonNode afterKill = Cli.run("articles", "--data", data.toString(), "--json", "--limit", "0").json();
    long committed = afterKill.get("total").asLong();
    assertTrue(committed > 0 && committed < ARTICLES, "committed " + committed);
    assertEquals(0, committed % COMMIT_EVERY, "only whole commits survive a kill");

    Cli.Result rerun = Cli.run("ingest", corpus.toString(), "--data", data.toString(), "--json");
    assertEquals(0, rerun.exit(), rerun.err());
    assertEquals(committed, rerun.json().get("duplicates").asLong());
    assertEquals(ARTICLES - committed, rerun.json().get("stored").asLong());

    JsonNode all = Cli.run("articles", "--data", data.toString(), "--json", "--limit", String.valueOf(ARTICLES + 10)).json();
    assertEquals(ARTICLES, all.get("total").asInt());
    Set<String> sources = new HashSet<>();
    for (JsonNode a : all.get("articles")) assertTrue(sources.add(a.get("source_id").asText()), "duplicate " + a);
    assertEquals(ARTICLES, sources.size());
  }

  /** JSON Lines files of distinct articles built from seed sentences, so analysis does real work. */
  private static Path writeCorpus(Path dir) throws Exception {
    Files.createDirectories(dir);
    List<String> lines = new ArrayList<>();
    try (Stream<Path> seeds = Files.list(Cli.seeds())) {
      for (Path p : seeds.sorted().toList()) {
        for (String l : Files.readAllLines(p)) if (l.strip().length() > 40) lines.add(l.strip());
      }
    }
    ObjectMapper json = new ObjectMapper();
    int perFile = 400;
    for (int f = 0; f * perFile < ARTICLES; f++) {
      try (BufferedWriter w = Files.newBufferedWriter(dir.resolve(String.format("part-%03d.jsonl", f)))) {
        for (int i = f * perFile; i < Math.min(ARTICLES, (f + 1) * perFile); i++) {
          ObjectNode o = json.createObjectNode();
          o.put("id", "doc-" + i);
          o.put("source", "wire");
          o.put("title", "خبر رقم " + i);
          StringBuilder text = new StringBuilder();
          // Each line carries the article's number, so no line repeats across articles (which would rightly
          // be marked as outlet boilerplate and is not what this test is about).
          for (int k = 0; k < 6; k++) {
            text.append(i).append(") ").append(lines.get((i * 7 + k * 13) % lines.size())).append('\n');
          }
          text.append("الرقم المرجعي ").append(i).append(" للخبر.");
          o.put("content", text.toString());
          w.write(json.writeValueAsString(o));
          w.newLine();
        }
      }
    }
    return dir;
  }

  private static int commitsIn(Path index) {
    if (!Files.isDirectory(index)) return 0;
    try (Stream<Path> files = Files.list(index)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("segments_"))
          .mapToInt(n -> Integer.parseInt(n.substring(9), Character.MAX_RADIX)).max().orElse(0);
    } catch (Exception e) {
      return 0; // the directory changes under us; try again on the next poll
    }
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
