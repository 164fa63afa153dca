package org.marsad.ner.clusters;

/** Dense vector arithmetic on slices of flat float arrays (one row after another). */
final class Vectors {

  private Vectors() {}

  /** The dot product of {@code a[ao, ao + n)} and {@code b[bo, bo + n)}; four sums for speed, always in one order. */
  static float dot(float[] a, int ao, float[] b, int bo, int n) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[ao + i] * b[bo + i];
      s1 += a[ao + i + 1] * b[bo + i + 1];
      s2 += a[ao + i + 2] * b[bo + i + 2];
      s3 += a[ao + i + 3] * b[bo + i + 3];
    }
    for (; i < n; i++) s0 += a[ao + i] * b[bo + i];
    return (s0 + s1) + (s2 + s3);
  }

  /** Scales {@code v[off, off + n)} to unit length; a zero vector stays zero. */
  static void normalize(float[] v, int off, int n) {
    double norm = 0;
    for (int i = 0; i < n; i++) norm += (double) v[off + i] * v[off + i];
    if (norm == 0) return;
    float scale = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < n; i++) v[off + i] *= scale;
  }
}
