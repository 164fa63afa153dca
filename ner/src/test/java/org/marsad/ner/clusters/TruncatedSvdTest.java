package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TruncatedSvdTest {

  /** 40 rows in two groups: group g draws its entries from its own 10 of 20 columns. */
  private static SparseRows twoGroups() {
    Random random = new Random(3);
    int rows = 40;
    int perRow = 10;
    int[] start = new int[rows + 1];
    int[] cols = new int[rows * perRow];
    float[] values = new float[rows * perRow];
    for (int r = 0; r < rows; r++) {
      start[r + 1] = start[r] + perRow;
      for (int k = 0; k < perRow; k++) {
        cols[r * perRow + k] = (r % 2) * 10 + k;
        values[r * perRow + k] = 1 + random.nextFloat();
      }
    }
    return new SparseRows(20, start, cols, values);
  }

  @Test
  void rowsOfOneGroupPointTheSameWayAndAwayFromTheOther() {
    try (Workers workers = new Workers(2)) {
      float[] v = TruncatedSvd.rowVectors(twoGroups(), 2, 1, workers);
      assertEquals(40 * 2, v.length);
      for (int r = 0; r < 40; r++) {
        assertEquals(1, Vectors.dot(v, r * 2, v, r * 2, 2), 1e-5, "unit length");
        assertTrue(Vectors.dot(v, 0, v, r * 2, 2) > (r % 2 == 0 ? 0.9 : -1), "same group as row 0: " + r);
        assertTrue(Vectors.dot(v, 0, v, r * 2, 2) < (r % 2 == 0 ? 1.01 : 0.1), "other group: " + r);
      }
    }
  }

  @Test
  void theSameSeedGivesTheSameVectorsOnAnyNumberOfThreads() {
    float[] one;
    float[] three;
    try (Workers workers = new Workers(1)) {
      one = TruncatedSvd.rowVectors(twoGroups(), 3, 9, workers);
    }
    try (Workers workers = new Workers(3)) {
      three = TruncatedSvd.rowVectors(twoGroups(), 3, 9, workers);
    }
    assertArrayEquals(one, three);
  }

  @Test
  void transposingListsEachColumnsEntriesByRow() {
    SparseRows m = new SparseRows(3, new int[] {0, 2, 3}, new int[] {0, 2, 2}, new float[] {1, 2, 3});
    SparseRows t = TruncatedSvd.transpose(m);
    assertArrayEquals(new int[] {0, 1, 1, 3}, t.rowStart());
    assertArrayEquals(new int[] {0, 0, 1}, t.columns());
    assertArrayEquals(new float[] {1, 2, 3}, t.values());
  }
}
