package org.marsad.ner.clusters;

import java.util.List;

/**
 * How {@link WordClusterBuilder} learns word clusters. Every field but {@code threads} is part of the
 * result: the same texts and options give the same clusters, whatever the number of threads.
 *
 * @param minCount a word is clustered only when seen at least this often
 * @param maxVocabulary at most this many words, the most frequent, are clustered
 * @param contextWords the most frequent words that count as contexts; rarer neighbours share one feature
 * @param window neighbours on each side that count as context (1 or 2)
 * @param dimensions the rank of the word vectors (a truncated SVD of the weighted context counts)
 * @param levels the numbers of clusters, one k-means run each, increasing
 * @param iterations the most Lloyd iterations per k-means run
 * @param fittedWords k-means fits its centroids on this many of the most frequent words, then assigns
 *     every word to the nearest
 * @param proclitics whether a rare word borrows evidence from its form without a one-letter proclitic
 *     (و ف ب ل ك) or the article ال, when that form is more frequent
 * @param seed seeds the SVD's random start and the k-means++ initialisations
 * @param threads worker threads; changes the speed, never the result
 */
public record ClusterOptions(
    int minCount,
    int maxVocabulary,
    int contextWords,
    int window,
    int dimensions,
    List<Integer> levels,
    int iterations,
    int fittedWords,
    boolean proclitics,
    long seed,
    int threads) {

  public ClusterOptions {
    levels = List.copyOf(levels);
    positive("minCount", minCount);
    positive("maxVocabulary", maxVocabulary);
    positive("contextWords", contextWords);
    if (window < 1 || window > 2) throw new IllegalArgumentException("window must be 1 or 2: " + window);
    positive("dimensions", dimensions);
    if (levels.isEmpty()) throw new IllegalArgumentException("at least one level is needed");
    for (int i = 0; i < levels.size(); i++) {
      if (levels.get(i) < 1 || (i > 0 && levels.get(i) <= levels.get(i - 1))) {
        throw new IllegalArgumentException("levels must be positive and increasing: " + levels);
      }
    }
    positive("iterations", iterations);
    positive("fittedWords", fittedWords);
    positive("threads", threads);
  }

  /**
   * The settings the shipped clusters were built with. Context words, window, dimensions, fitted words
   * and the proclitic backoff were chosen by how well 256 clusters tell apart the entity types of
   * ANERcorp's training words (see the README).
   */
  public static ClusterOptions defaults() {
    return new ClusterOptions(5, 100_000, 4_000, 2, 128, List.of(64, 256, 1024), 25, 30_000, true, 1L,
        Runtime.getRuntime().availableProcessors());
  }

  public ClusterOptions withMinCount(int n) {
    return new ClusterOptions(n, maxVocabulary, contextWords, window, dimensions, levels, iterations, fittedWords, proclitics, seed, threads);
  }

  public ClusterOptions withContextWords(int n) {
    return new ClusterOptions(minCount, maxVocabulary, n, window, dimensions, levels, iterations, fittedWords, proclitics, seed, threads);
  }

  public ClusterOptions withDimensions(int n) {
    return new ClusterOptions(minCount, maxVocabulary, contextWords, window, n, levels, iterations, fittedWords, proclitics, seed, threads);
  }

  public ClusterOptions withLevels(List<Integer> l) {
    return new ClusterOptions(minCount, maxVocabulary, contextWords, window, dimensions, l, iterations, fittedWords, proclitics, seed, threads);
  }

  public ClusterOptions withFittedWords(int n) {
    return new ClusterOptions(minCount, maxVocabulary, contextWords, window, dimensions, levels, iterations, n, proclitics, seed, threads);
  }

  public ClusterOptions withSeed(long s) {
    return new ClusterOptions(minCount, maxVocabulary, contextWords, window, dimensions, levels, iterations, fittedWords, proclitics, s, threads);
  }

  public ClusterOptions withThreads(int n) {
    return new ClusterOptions(minCount, maxVocabulary, contextWords, window, dimensions, levels, iterations, fittedWords, proclitics, seed, n);
  }

  private static void positive(String name, int value) {
    if (value < 1) throw new IllegalArgumentException(name + " must be at least 1: " + value);
  }
}
