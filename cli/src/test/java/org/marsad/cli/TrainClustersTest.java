package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.ner.clusters.WordClusters;

/** marsad train clusters on the seed articles: a file the tagger can load, the same bytes on every run. */
class TrainClustersTest {

  @TempDir Path tmp;

  private Cli.Result train(Path out, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("train", "clusters", Cli.seeds().toString(),
        "--out", out.toString(), "--min-count", "2"));
    args.addAll(List.of(more));
    return Cli.run(args.toArray(String[]::new));
  }

  @Test
  void writesClustersTheTaggerCanLoadAndSaysWhatItDid() throws Exception {
    Path out = tmp.resolve("nested/clusters.tsv.gz");
    Cli.Result r = train(out);
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.out().startsWith("clusters: "), r.out());
    assertTrue(r.out().contains("from 5 articles"), r.out());
    assertEquals(1, r.out().lines().count(), "one summary line: " + r.out());
    WordClusters clusters = WordClusters.load(out);
    assertEquals(List.of(64, 256, 1024), clusters.levels());
    assertNotNull(clusters.cluster("حلب", 256), "Aleppo is in every seed article");
    assertTrue(r.out().contains(String.format(Locale.ROOT, "%,d words", clusters.size())), r.out());
  }

  @Test
  void theSameSeedGivesTheSameFile() throws Exception {
    Path first = tmp.resolve("a.tsv.gz");
    Path second = tmp.resolve("b.tsv.gz");
    assertEquals(0, train(first, "--seed", "5").exit());
    assertEquals(0, train(second, "--seed", "5", "--threads", "1").exit());
    assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
  }

  @Test
  void aMissingInputIsAnErrorAndWritesNothing() {
    Path out = tmp.resolve("never.tsv.gz");
    Cli.Result r = Cli.run("train", "clusters", tmp.resolve("absent").toString(), "--out", out.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such file or folder"), r.err());
    assertTrue(Files.notExists(out));
  }
}
