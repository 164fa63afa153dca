package org.marsad.ner.clusters;

import java.util.Arrays;

/**
 * k centroids stored dimension by dimension ({@code byDimension[d * k + c]}), so that one point's
 * similarities to all of them are {@code dim} passes of {@code sims += x[d] * row_d}: a loop the JIT turns
 * into vector instructions, several times faster than k separate dot products. Each similarity is still
 * summed over d in order, so the result is the same on every machine.
 */
final class Centroids {

  private final int k;
  private final int dim;
  private final float[] byDimension;

  /** From {@code rows}: centroid after centroid, {@code dim} floats each. */
  Centroids(float[] rows, int k, int dim) {
    this.k = k;
    this.dim = dim;
    this.byDimension = new float[k * dim];
    for (int c = 0; c < k; c++) for (int d = 0; d < dim; d++) byDimension[d * k + c] = rows[c * dim + d];
  }

  int k() {
    return k;
  }

  /** {@code sims[c]} = the dot product of {@code point[from, from + dim)} with centroid c. */
  void similarities(float[] point, int from, float[] sims) {
    Arrays.fill(sims, 0f);
    for (int d = 0; d < dim; d++) {
      float x = point[from + d];
      int row = d * k;
      for (int c = 0; c < k; c++) sims[c] += x * byDimension[row + c];
    }
  }
}
