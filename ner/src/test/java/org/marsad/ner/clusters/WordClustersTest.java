package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordClustersTest {

  private static WordClusterTable table() {
    return new WordClusterTable(List.of("في", "باريس", "لندن"), new int[] {90, 12, 10}, List.of(2, 3),
        new int[][] {{0, 1, 1}, {0, 1, 2}}, 4, 112);
  }

  @Test
  void theFileIsAHeaderThenOneLinePerWordGzipped() throws Exception {
    String text = new String(new GZIPInputStream(new ByteArrayInputStream(Tables.gzipped(table()))).readAllBytes(),
        StandardCharsets.UTF_8);
    assertEquals("word\tc2\tc3\nفي\t0\t0\nباريس\t1\t1\nلندن\t1\t2\n", text);
  }

  @Test
  void looksUpClustersByLevelAndKnowsNothingOfOtherWords(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("c.tsv.gz");
    Files.write(file, Tables.gzipped(table()));
    WordClusters clusters = WordClusters.load(file);
    assertEquals(List.of(2, 3), clusters.levels());
    assertEquals(3, clusters.size());
    assertEquals("1", clusters.cluster("باريس", 2));
    assertEquals("1", clusters.cluster("لندن", 2));
    assertEquals("1", clusters.cluster("باريس", 3));
    assertEquals("2", clusters.cluster("لندن", 3));
    assertNull(clusters.cluster("روما", 2));
    assertThrows(IllegalArgumentException.class, () -> clusters.cluster("باريس", 64));
  }

  @Test
  void lookupsShareOneStringPerCluster() throws Exception {
    WordClusters clusters = WordClusters.read(new ByteArrayInputStream(Tables.gzipped(table())));
    assertSame(clusters.cluster("باريس", 2), clusters.cluster("لندن", 2));
  }

  @Test
  void readsThePlainTextFormToo() throws Exception {
    byte[] plain = "word\tc4\nباريس\t3\n".getBytes(StandardCharsets.UTF_8);
    WordClusters clusters = WordClusters.read(new ByteArrayInputStream(plain));
    assertEquals("3", clusters.cluster("باريس", 4));
  }

  @Test
  void rejectsAFileThatIsNotClusters() {
    byte[] wrongHeader = "token\tcluster\nباريس\t3\n".getBytes(StandardCharsets.UTF_8);
    byte[] shortLine = "word\tc4\tc8\nباريس\t3\n".getBytes(StandardCharsets.UTF_8);
    byte[] notANumber = "word\tc4\nباريس\tx\n".getBytes(StandardCharsets.UTF_8);
    for (byte[] bad : List.of(wrongHeader, shortLine, notANumber, new byte[0])) {
      assertThrows(IOException.class, () -> WordClusters.read(new ByteArrayInputStream(bad)));
    }
  }
}
