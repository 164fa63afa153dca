package org.marsad.ner.clusters;

import java.util.List;

/**
 * What {@link WordClusterBuilder} learned: the clustered words, most frequent first, and for each level
 * (a number of clusters) each word's cluster. Clusters are numbered in order of their most frequent word,
 * so cluster 0 holds the most frequent word of all.
 *
 * @param words the vocabulary in its {@link Vocabulary} order
 * @param counts each word's count in the texts
 * @param levels the numbers of clusters asked for, increasing
 * @param clusters {@code clusters[l][w]}: word w's cluster at {@code levels.get(l)}
 * @param texts how many texts were read
 * @param tokens how many words they held
 */
public record WordClusterTable(
    List<String> words, int[] counts, List<Integer> levels, int[][] clusters, int texts, long tokens) {

  public WordClusterTable {
    words = List.copyOf(words);
    levels = List.copyOf(levels);
    if (counts.length != words.size() || clusters.length != levels.size()) {
      throw new IllegalArgumentException("counts and clusters must match words and levels");
    }
  }

  public int size() {
    return words.size();
  }

  /** Word w's cluster at the level with this many clusters. */
  public int cluster(int level, int w) {
    int l = levels.indexOf(level);
    if (l < 0) throw new IllegalArgumentException("no level " + level + " in " + levels);
    return clusters[l][w];
  }
}
