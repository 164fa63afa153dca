package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ContextCountsTest {

  private static final int BREAK = ContextCounts.BREAK;
  private static final int NONE = Vocabulary.NONE;

  /** The count at (row, column), 0 when absent. */
  private static float at(SparseRows m, int row, int column) {
    for (int k = m.start(row); k < m.end(row); k++) if (m.columns()[k] == column) return m.values()[k];
    return 0;
  }

  @Test
  void countsLeftAndRightNeighboursWithSentenceEdgesAndRareWords() {
    // rows 0 and 1 are context words (contextWords = 2), row 2 is not; NONE is outside the vocabulary
    int[] rows = {0, 1, 2, NONE, BREAK, 1, 0, BREAK};
    int[] counts = {2, 2, 1};
    try (Workers workers = new Workers(2)) {
      SparseRows m = ContextCounts.count(rows, counts, 2, 1, workers);
      int perSlot = 4; // two context words, the edge, the rare column
      int left = 0;
      int right = perSlot;
      assertEquals(2 * perSlot, m.columnCount());
      // row 1 ("b"): once after a, once at a sentence start; once before 2 (rare), once before a
      assertEquals(1, at(m, 1, left + 0));
      assertEquals(1, at(m, 1, left + 2));
      assertEquals(1, at(m, 1, right + 3));
      assertEquals(1, at(m, 1, right + 0));
      // row 0: starts the text (an edge), ends a sentence
      assertEquals(1, at(m, 0, left + 2));
      assertEquals(1, at(m, 0, right + 1));
      assertEquals(1, at(m, 0, left + 1));
      assertEquals(1, at(m, 0, right + 2));
      // row 2: after b, before a word outside the vocabulary (rare)
      assertEquals(1, at(m, 2, left + 1));
      assertEquals(1, at(m, 2, right + 3));
      assertEquals(4 + 4 + 2, m.values().length);
    }
  }

  @Test
  void aWiderWindowSeesPastTheNeighbourButNotPastTheSentence() {
    int[] rows = {0, 1, BREAK, 0};
    try (Workers workers = new Workers(1)) {
      SparseRows m = ContextCounts.count(rows, new int[] {2, 1}, 2, 2, workers);
      int perSlot = 4;
      // slots: left 1, left 2, right 1, right 2
      assertEquals(2, at(m, 0, 3 * perSlot + 2), "two to the right of either 0 is past the break or the text: an edge");
      assertEquals(0, at(m, 0, 3 * perSlot + 0), "the 0 after the break is not seen from the first");
      assertEquals(1, at(m, 1, 1 * perSlot + 2), "two to the left of 1 is before the text: an edge");
      assertEquals(1, at(m, 1, 0 * perSlot + 0));
    }
  }
}
