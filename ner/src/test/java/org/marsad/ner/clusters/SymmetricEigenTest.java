package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SymmetricEigenTest {

  @Test
  void findsEigenpairsOfARandomSymmetricMatrixLargestFirst() {
    int n = 30;
    Random random = new Random(5);
    double[][] m = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j <= i; j++) m[i][j] = m[j][i] = random.nextGaussian();
    }
    SymmetricEigen e = SymmetricEigen.of(m);
    for (int j = 0; j < n; j++) {
      if (j > 0) assertTrue(e.values[j] <= e.values[j - 1]);
      for (int i = 0; i < n; i++) {
        double mv = 0;
        for (int k = 0; k < n; k++) mv += m[i][k] * e.vectors[k][j];
        assertEquals(e.values[j] * e.vectors[i][j], mv, 1e-9, "M v = lambda v");
      }
      for (int other = 0; other < n; other++) {
        double dot = 0;
        for (int i = 0; i < n; i++) dot += e.vectors[i][j] * e.vectors[i][other];
        assertEquals(j == other ? 1 : 0, dot, 1e-9, "orthonormal eigenvectors");
      }
    }
  }

  @Test
  void aDiagonalMatrixIsItsOwnDecomposition() {
    SymmetricEigen e = SymmetricEigen.of(new double[][] {{1, 0}, {0, 3}});
    assertEquals(3, e.values[0]);
    assertEquals(1, e.values[1]);
    assertEquals(1, Math.abs(e.vectors[1][0]), 0);
  }
}
