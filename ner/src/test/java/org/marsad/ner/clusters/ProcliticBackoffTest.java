package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProcliticBackoffTest {

  /** A vocabulary of these words with these counts, via a corpus that repeats each word count times. */
  private static Vocabulary vocabulary(List<String> words, int[] counts) {
    int total = 0;
    for (int c : counts) total += c;
    int[] tokens = new int[total];
    int n = 0;
    for (int id = 0; id < counts.length; id++) for (int i = 0; i < counts[id]; i++) tokens[n++] = id;
    return Vocabulary.select(new TokenizedCorpus(tokens, words, counts), 1, 100);
  }

  @Test
  void aRareWordLeansTowardsItsFrequentFormWithoutTheProclitic() {
    // vocabulary order: باريس (100), وباريس (5), كيري (60), يري (80) -> sorted by count
    Vocabulary v = vocabulary(List.of("باريس", "وباريس", "كيري", "يري"), new int[] {100, 5, 60, 80});
    assertEquals("باريس", v.word(0));
    int dim = 2;
    float[] vectors = new float[v.size() * dim];
    for (int i = 0; i < v.size(); i++) {
      boolean stripped = v.word(i).equals("باريس") || v.word(i).equals("يري");
      vectors[i * dim] = stripped ? 1 : 0;
      vectors[i * dim + 1] = stripped ? 0 : 1;
    }
    int borrowed = ProcliticBackoff.apply(vectors, dim, v);
    assertEquals(2, borrowed, "وباريس from باريس, كيري from يري");
    int rare = indexOf(v, "وباريس");
    int kerry = indexOf(v, "كيري");
    // وباريس (5 times) keeps 5 / 25 of its own vector: mostly باريس now
    assertTrue(vectors[rare * dim] > 0.95, "وباريس points to باريس");
    // كيري (60 times) keeps 60 / 80: still mostly itself, whatever يري is
    assertTrue(vectors[kerry * dim + 1] > 0.9, "كيري stays itself");
    assertArrayEquals(new float[] {1, 0}, new float[] {vectors[0], vectors[1]}, "lenders are not changed");
  }

  private static int indexOf(Vocabulary v, String word) {
    for (int i = 0; i < v.size(); i++) if (v.word(i).equals(word)) return i;
    throw new AssertionError(word);
  }
}
