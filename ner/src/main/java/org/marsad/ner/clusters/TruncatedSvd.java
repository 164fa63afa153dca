package org.marsad.ner.clusters;

import java.util.SplittableRandom;

/**
 * Rank-r word vectors from a sparse words-by-contexts matrix A: the rows of U Σ^p, with U Σ V^T the
 * leading r singular triplets. Found by randomized subspace iteration (Halko, Martinsson &amp; Tropp
 * 2011) in the context space, which is small (thousands of columns): V ← orth(A^T A V) a few times from
 * a random start, then a Rayleigh-Ritz step on A V. Keeping the directions that carry most of A is what
 * a random projection of the same size cannot do; clusters of names and places come out much purer.
 *
 * <p>p below 1 (Levy, Goldberg &amp; Dagan 2015 found 0 or 0.5 best for word similarity) keeps the
 * first few directions, shared by all frequent words, from dominating cosines.
 *
 * <p>Deterministic: every product is computed row by row in a fixed order, and the one sum over words
 * (A V)^T (A V) is taken in fixed chunks added in order.
 */
final class TruncatedSvd {

  private static final int OVERSAMPLING = 16;
  private static final int POWER_ITERATIONS = 3;
  /** p in U Sigma^p: 0 and 0.5 scored alike on ANERcorp; 0 weighs every kept direction the same. */
  private static final double EXPONENT = 0;
  private static final int CHUNK = 1024;

  private final SparseRows a;
  private final SparseRows transposed;
  private final Workers workers;

  private TruncatedSvd(SparseRows a, Workers workers) {
    this.a = a;
    this.transposed = transpose(a);
    this.workers = workers;
  }

  /**
   * @return {@code rowCount * rank} floats, row after row, each row scaled to unit length
   */
  static float[] rowVectors(SparseRows a, int rank, long seed, Workers workers) {
    return new TruncatedSvd(a, workers).vectors(rank, seed);
  }

  private float[] vectors(int rank, long seed) {
    int width = Math.min(a.columnCount(), rank + OVERSAMPLING);
    // With fewer columns than the rank asked for, the last dimensions stay zero.
    int kept = Math.min(rank, width);
    double[] v = randomBasis(a.columnCount(), width, seed);
    for (int it = 0; it < POWER_ITERATIONS; it++) {
      v = times(transposed, times(a, v, width), width);
      orthonormalize(v, a.columnCount(), width);
    }
    double[] w = times(a, v, width);
    SymmetricEigen ritz = SymmetricEigen.of(gram(w, a.rowCount(), width));
    double[] scale = new double[kept];
    for (int j = 0; j < kept; j++) {
      // column j of W S has length sigma_j; U Sigma^p = W S Sigma^(p - 1)
      double sigma = Math.sqrt(Math.max(0, ritz.values[j]));
      scale[j] = sigma == 0 ? 0 : StrictMath.pow(sigma, EXPONENT - 1);
    }
    int rows = a.rowCount();
    float[] out = new float[Math.multiplyExact(rows, rank)];
    workers.forEach(chunks(rows), t -> {
      for (int r = t * CHUNK; r < Math.min(rows, (t + 1) * CHUNK); r++) {
        for (int j = 0; j < kept; j++) {
          double sum = 0;
          for (int i = 0; i < width; i++) sum += w[r * width + i] * ritz.vectors[i][j];
          out[r * rank + j] = (float) (sum * scale[j]);
        }
        Vectors.normalize(out, r * rank, rank);
      }
    });
    return out;
  }

  /** m (sparse, rows by k) times x (k by width, row-major): rows by width, row-major. */
  private double[] times(SparseRows m, double[] x, int width) {
    int rows = m.rowCount();
    double[] out = new double[Math.multiplyExact(rows, width)];
    workers.forEach(chunks(rows), t -> {
      for (int r = t * CHUNK; r < Math.min(rows, (t + 1) * CHUNK); r++) {
        int o = r * width;
        for (int k = m.start(r); k < m.end(r); k++) {
          double value = m.values()[k];
          int from = m.columns()[k] * width;
          for (int j = 0; j < width; j++) out[o + j] += value * x[from + j];
        }
      }
    });
    return out;
  }

  /** w^T w for w rows by width: per-chunk sums added in chunk order. */
  private double[][] gram(double[] w, int rows, int width) {
    int chunks = chunks(rows);
    double[][] partial = new double[chunks][];
    workers.forEach(chunks, t -> {
      double[] g = new double[width * width];
      for (int r = t * CHUNK; r < Math.min(rows, (t + 1) * CHUNK); r++) {
        int o = r * width;
        for (int i = 0; i < width; i++) {
          double wi = w[o + i];
          for (int j = 0; j < width; j++) g[i * width + j] += wi * w[o + j];
        }
      }
      partial[t] = g;
    });
    double[][] out = new double[width][width];
    for (double[] g : partial) for (int i = 0; i < width; i++) for (int j = 0; j < width; j++) out[i][j] += g[i * width + j];
    return out;
  }

  private static double[] randomBasis(int rows, int width, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] v = new double[Math.multiplyExact(rows, width)];
    for (int i = 0; i < v.length; i++) v[i] = random.nextBoolean() ? 1 : -1;
    orthonormalize(v, rows, width);
    return v;
  }

  /** Gram-Schmidt, twice for accuracy, on the columns of v (rows by width, row-major). */
  static void orthonormalize(double[] v, int rows, int width) {
    for (int pass = 0; pass < 2; pass++) {
      for (int j = 0; j < width; j++) {
        for (int i = 0; i < j; i++) {
          double dot = 0;
          for (int r = 0; r < rows; r++) dot += v[r * width + i] * v[r * width + j];
          for (int r = 0; r < rows; r++) v[r * width + j] -= dot * v[r * width + i];
        }
        double norm = 0;
        for (int r = 0; r < rows; r++) norm += v[r * width + j] * v[r * width + j];
        norm = Math.sqrt(norm);
        for (int r = 0; r < rows; r++) v[r * width + j] = norm == 0 ? 0 : v[r * width + j] / norm;
      }
    }
  }

  /** The same matrix by columns: row c of the result lists column c's entries, by increasing row. */
  static SparseRows transpose(SparseRows m) {
    int[] start = new int[m.columnCount() + 1];
    for (int c : m.columns()) start[c + 1]++;
    for (int c = 0; c < m.columnCount(); c++) start[c + 1] += start[c];
    int[] fill = start.clone();
    int[] rowsOut = new int[m.columns().length];
    float[] values = new float[m.columns().length];
    for (int r = 0; r < m.rowCount(); r++) {
      for (int k = m.start(r); k < m.end(r); k++) {
        int at = fill[m.columns()[k]]++;
        rowsOut[at] = r;
        values[at] = m.values()[k];
      }
    }
    return new SparseRows(m.rowCount(), start, rowsOut, values);
  }

  private static int chunks(int rows) {
    return (rows + CHUNK - 1) / CHUNK;
  }
}
