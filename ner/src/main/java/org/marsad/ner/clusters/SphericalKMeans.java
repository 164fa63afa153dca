package org.marsad.ner.clusters;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * k-means on unit vectors by cosine (spherical k-means, Dhillon &amp; Modha 2001): each point joins the
 * centroid it has the largest dot product with, each centroid is its points' mean scaled to unit length.
 * Initialised by k-means++ (Arthur &amp; Vassilvitskii 2007).
 *
 * <p>The centroids are fitted on the first {@code fitted} points only, the most frequent words, whose
 * vectors rest on the most evidence; every point is then assigned to its nearest centroid. That keeps
 * the noisy vectors of rare words from dragging centroids around, and the cost from growing with them.
 *
 * <p>Deterministic: a point's assignment depends on nothing but the point and the centroids, and sums
 * and random draws happen on one thread in point order, so the number of workers only changes the speed.
 */
final class SphericalKMeans {

  private static final int CHUNK = 256;

  /** Lloyd's iterations stop once fewer than this share of the points change cluster. */
  static final double SETTLED = 0.002;

  private final float[] points;
  private final int dim;
  private final int n;
  private final Workers workers;

  SphericalKMeans(float[] points, int dimensions, Workers workers) {
    this.points = points;
    this.dim = dimensions;
    this.n = points.length / dimensions;
    this.workers = workers;
  }

  /**
   * @param fitted how many points, from the first, the centroids are fitted on
   * @return each point's cluster, 0 .. min(k, fitted) - 1
   */
  int[] cluster(int fitted, int k, int iterations, long seed) {
    fitted = Math.min(fitted, n);
    k = Math.min(k, fitted);
    if (k <= 1) return new int[n];
    float[] centroids = initialCentroids(fitted, k, new SplittableRandom(seed));
    int[] assignment = new int[fitted];
    Arrays.fill(assignment, -1);
    for (int it = 0; it < iterations; it++) {
      int moved = assign(centroids, k, 0, fitted, assignment);
      if (moved < SETTLED * fitted) break;
      centroids = means(centroids, k, assignment);
    }
    int[] all = Arrays.copyOf(assignment, n);
    assign(centroids, k, fitted, n, all);
    return all;
  }

  /** k-means++: each next centroid is a point drawn with probability proportional to its squared distance. */
  private float[] initialCentroids(int fitted, int k, SplittableRandom random) {
    float[] centroids = new float[k * dim];
    double[] distance = new double[fitted];
    Arrays.fill(distance, Double.POSITIVE_INFINITY);
    int chosen = random.nextInt(fitted);
    for (int c = 0; c < k; c++) {
      int row = chosen * dim;
      System.arraycopy(points, row, centroids, c * dim, dim);
      forEachChunk(0, fitted, (from, to) -> {
        for (int i = from; i < to; i++) {
          // |a - b|^2 = 2 - 2 a.b for unit vectors
          double d = Math.max(0, 2 - 2 * (double) Vectors.dot(points, i * dim, points, row, dim));
          if (d < distance[i]) distance[i] = d;
        }
      });
      if (c + 1 < k) chosen = draw(distance, random);
    }
    return centroids;
  }

  private static int draw(double[] weight, SplittableRandom random) {
    double total = 0;
    for (double w : weight) total += w;
    if (total == 0) return random.nextInt(weight.length); // every point already sits on a centroid
    double r = random.nextDouble() * total;
    double sum = 0;
    for (int i = 0; i < weight.length; i++) {
      sum += weight[i];
      if (sum > r) return i;
    }
    for (int i = weight.length - 1; i >= 0; i--) if (weight[i] > 0) return i; // rounding at the very end
    return weight.length - 1;
  }

  /**
   * Moves points [from, to) to their most similar centroid (the lowest index on ties); returns how many
   * changed cluster.
   */
  private int assign(float[] centroids, int k, int from, int to, int[] assignment) {
    Centroids byDimension = new Centroids(centroids, k, dim);
    int chunks = (to - from + CHUNK - 1) / CHUNK;
    int[] moved = new int[chunks];
    workers.forEach(chunks, t -> {
      float[] sims = new float[k];
      for (int i = from + t * CHUNK; i < Math.min(to, from + (t + 1) * CHUNK); i++) {
        byDimension.similarities(points, i * dim, sims);
        int best = 0;
        for (int c = 1; c < k; c++) if (sims[c] > sims[best]) best = c;
        if (assignment[i] != best) moved[t]++;
        assignment[i] = best;
      }
    });
    return Arrays.stream(moved).sum();
  }

  /** Each cluster's normalised mean; an empty cluster keeps its centroid. */
  private float[] means(float[] old, int k, int[] assignment) {
    double[] sums = new double[k * dim];
    int[] sizes = new int[k];
    for (int i = 0; i < assignment.length; i++) {
      int c = assignment[i];
      sizes[c]++;
      for (int d = 0; d < dim; d++) sums[c * dim + d] += points[i * dim + d];
    }
    float[] next = new float[k * dim];
    for (int c = 0; c < k; c++) {
      if (sizes[c] == 0) {
        System.arraycopy(old, c * dim, next, c * dim, dim);
        continue;
      }
      for (int d = 0; d < dim; d++) next[c * dim + d] = (float) sums[c * dim + d];
      Vectors.normalize(next, c * dim, dim);
    }
    return next;
  }

  private interface Range {
    void run(int from, int to);
  }

  private void forEachChunk(int from, int to, Range range) {
    workers.forEach((to - from + CHUNK - 1) / CHUNK,
        t -> range.run(from + t * CHUNK, Math.min(to, from + (t + 1) * CHUNK)));
  }
}
