package org.marsad.ner.clusters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Looks up a word's cluster, for the tagger's features. Built once from a {@link ClusterFile}, then never
 * changed: safe to share between threads, and a lookup is one hash probe and two array reads.
 */
public final class WordClusters {

  /** The clusters learned from the shared news corpora, shipped with this module. */
  public static final String RESOURCE = "/org/marsad/ner/word-clusters.tsv.gz";

  private final int[] levels;
  private final Map<String, Integer> rows;
  private final int[][] clusters;
  /** names[l][c]: cluster c of level l as a string, made once so lookups allocate nothing. */
  private final String[][] names;

  private WordClusters(ClusterFile.Contents contents) {
    this.levels = contents.levels();
    int n = contents.words().size();
    this.rows = new HashMap<>(n * 2);
    this.clusters = new int[levels.length][n];
    this.names = new String[levels.length][];
    for (int i = 0; i < n; i++) {
      rows.putIfAbsent(contents.words().get(i), i);
      for (int l = 0; l < levels.length; l++) clusters[l][i] = contents.clusters().get(i)[l];
    }
    for (int l = 0; l < levels.length; l++) {
      int max = -1;
      for (int c : clusters[l]) max = Math.max(max, c);
      names[l] = new String[max + 1];
      for (int c = 0; c <= max; c++) names[l][c] = Integer.toString(c);
    }
  }

  /** The shipped clusters ({@link #RESOURCE}), read on first use and shared afterwards. */
  public static WordClusters standard() {
    return Standard.INSTANCE;
  }

  public static WordClusters load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /** Reads a clusters file from a stream, gzipped or not; does not close it. */
  public static WordClusters read(InputStream in) throws IOException {
    return new WordClusters(ClusterFile.read(in));
  }

  /**
   * The cluster of a word at a level, as a string such as "17", or null when the word was not clustered.
   *
   * @param normalizedToken a token in its matching form (MatchNormalizer), as the clusters were keyed
   * @param level a number of clusters this file has, one of {@link #levels()}
   * @throws IllegalArgumentException for a level the file does not have
   */
  public String cluster(String normalizedToken, int level) {
    int l = levelIndex(level);
    Integer row = rows.get(normalizedToken);
    return row == null ? null : names[l][clusters[l][row]];
  }

  /**
   * How common a word is: 0 for the most frequent word of the corpora, growing as words get rarer, -1 for a
   * word too rare to be clustered. The file lists words most frequent first, so this is the line number.
   */
  public int rank(String normalizedToken) {
    Integer row = rows.get(normalizedToken);
    return row == null ? -1 : row;
  }

  /** The numbers of clusters this file has, increasing. */
  public List<Integer> levels() {
    return java.util.Arrays.stream(levels).boxed().toList();
  }

  /** How many words have clusters. */
  public int size() {
    return clusters.length == 0 ? 0 : clusters[0].length;
  }

  private int levelIndex(int level) {
    for (int l = 0; l < levels.length; l++) if (levels[l] == level) return l;
    throw new IllegalArgumentException("no level " + level + "; this file has " + levels());
  }

  /** Loaded when first asked for: the class loader makes it once and publishes it safely. */
  private static final class Standard {
    static final WordClusters INSTANCE = loadResource();

    private static WordClusters loadResource() {
      try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
        return read(in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
