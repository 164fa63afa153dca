package org.marsad.ner.clusters;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The words that get clusters: seen at least {@code minCount} times, at most {@code max} of them, most
 * frequent first and, at equal counts, in the order of their strings, so the order is fixed by the
 * corpus alone. A word's index in this order is its row everywhere downstream.
 */
final class Vocabulary {

  static final int NONE = -1;

  private final String[] words;
  private final int[] counts;
  private final int[] indexOfId;

  private Vocabulary(String[] words, int[] counts, int[] indexOfId) {
    this.words = words;
    this.counts = counts;
    this.indexOfId = indexOfId;
  }

  static Vocabulary select(TokenizedCorpus corpus, int minCount, int max) {
    int[] counts = corpus.counts();
    Integer[] kept = IntStream.range(0, counts.length).filter(id -> counts[id] >= minCount).boxed()
        .toArray(Integer[]::new);
    Arrays.sort(kept, Comparator.<Integer>comparingInt(id -> -counts[id]).thenComparing(id -> corpus.words().get(id)));
    int n = Math.min(max, kept.length);
    String[] words = new String[n];
    int[] wordCounts = new int[n];
    int[] indexOfId = new int[counts.length];
    Arrays.fill(indexOfId, NONE);
    for (int i = 0; i < n; i++) {
      words[i] = corpus.words().get(kept[i]);
      wordCounts[i] = counts[kept[i]];
      indexOfId[kept[i]] = i;
    }
    return new Vocabulary(words, wordCounts, indexOfId);
  }

  int size() {
    return words.length;
  }

  String word(int index) {
    return words[index];
  }

  int count(int index) {
    return counts[index];
  }

  /** The index of a corpus word id, or {@link #NONE} when that word is not in the vocabulary. */
  int indexOfId(int id) {
    return indexOfId[id];
  }
}
