package org.marsad.ner.clusters;

/**
 * Eigenvalues and eigenvectors of a small symmetric matrix by the cyclic Jacobi method: rotations zero
 * the off-diagonal entries one by one until they are negligible. O(n^3) per sweep, a handful of sweeps:
 * fine for the l-by-l matrices of {@link TruncatedSvd}, and exactly repeatable.
 */
final class SymmetricEigen {

  private static final int MAX_SWEEPS = 100;

  /** Eigenvalues, largest first. */
  final double[] values;
  /** {@code vectors[i][j]}: component i of the eigenvector of {@code values[j]}. */
  final double[][] vectors;

  private SymmetricEigen(double[] values, double[][] vectors) {
    this.values = values;
    this.vectors = vectors;
  }

  /** Decomposes {@code m} (symmetric, n by n; left unchanged). */
  static SymmetricEigen of(double[][] m) {
    int n = m.length;
    double[][] a = new double[n][];
    for (int i = 0; i < n; i++) a[i] = m[i].clone();
    double[][] v = new double[n][n];
    for (int i = 0; i < n; i++) v[i][i] = 1;
    for (int sweep = 0; sweep < MAX_SWEEPS && offDiagonal(a) > 1e-22 * diagonal(a); sweep++) {
      for (int p = 0; p < n - 1; p++) {
        for (int q = p + 1; q < n; q++) {
          if (a[p][q] != 0) rotate(a, v, p, q);
        }
      }
    }
    return sorted(a, v);
  }

  /** Zeroes a[p][q] by a rotation in the (p, q) plane, applied to a on both sides and to v on the right. */
  private static void rotate(double[][] a, double[][] v, int p, int q) {
    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
    if (theta == 0) t = 1;
    double c = 1 / Math.sqrt(t * t + 1);
    double s = t * c;
    int n = a.length;
    for (int k = 0; k < n; k++) {
      double akp = a[k][p];
      double akq = a[k][q];
      a[k][p] = c * akp - s * akq;
      a[k][q] = s * akp + c * akq;
    }
    for (int k = 0; k < n; k++) {
      double apk = a[p][k];
      double aqk = a[q][k];
      a[p][k] = c * apk - s * aqk;
      a[q][k] = s * apk + c * aqk;
    }
    for (int k = 0; k < n; k++) {
      double vkp = v[k][p];
      double vkq = v[k][q];
      v[k][p] = c * vkp - s * vkq;
      v[k][q] = s * vkp + c * vkq;
    }
  }

  private static double offDiagonal(double[][] a) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) for (int j = 0; j < a.length; j++) if (i != j) sum += a[i][j] * a[i][j];
    return sum;
  }

  private static double diagonal(double[][] a) {
    double sum = 0;
    for (int i = 0; i < a.length; i++) sum += a[i][i] * a[i][i];
    return Math.max(sum, Double.MIN_NORMAL);
  }

  private static SymmetricEigen sorted(double[][] a, double[][] v) {
    int n = a.length;
    Integer[] order = new Integer[n];
    for (int i = 0; i < n; i++) order[i] = i;
    java.util.Arrays.sort(order, (x, y) -> Double.compare(a[y][y], a[x][x]));
    double[] values = new double[n];
    double[][] vectors = new double[n][n];
    for (int j = 0; j < n; j++) {
      values[j] = a[order[j]][order[j]];
      for (int i = 0; i < n; i++) vectors[i][j] = v[i][order[j]];
    }
    return new SymmetricEigen(values, vectors);
  }
}
