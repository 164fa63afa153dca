package org.marsad.ner.clusters;

import java.util.List;

/**
 * Clusters the word vectors once per level, each level its own k-means from its own seed. Levels are not
 * forced to nest: each is the best grouping found at its size, and the tagger uses them as separate
 * features.
 */
final class ClusterLevels {

  private ClusterLevels() {}

  /** {@code result[l][w]}: word w's cluster at {@code levels.get(l)}, numbered by first member. */
  static int[][] cluster(float[] vectors, ClusterOptions options, Workers workers) {
    List<Integer> levels = options.levels();
    SphericalKMeans kmeans = new SphericalKMeans(vectors, options.dimensions(), workers);
    int[][] out = new int[levels.size()][];
    for (int l = 0; l < levels.size(); l++) {
      int k = levels.get(l);
      out[l] = Renumbering.byFirstMember(
          kmeans.cluster(options.fittedWords(), k, options.iterations(), options.seed() + 1_000_003L * k));
    }
    return out;
  }
}
