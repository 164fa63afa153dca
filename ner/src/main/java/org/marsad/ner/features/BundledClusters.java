package org.marsad.ner.features;

import java.util.List;
import org.marsad.ner.clusters.WordClusters;

/** The word clusters shipped with Marsad, as the tagger's features read them: coarsest level first. */
final class BundledClusters {

  private BundledClusters() {}

  static ClusterSource get() {
    return Holder.INSTANCE;
  }

  static ClusterSource of(WordClusters clusters) {
    List<Integer> levels = clusters.levels();
    return new ClusterSource() {
      @Override
      public int levels() {
        return levels.size();
      }

      @Override
      public String cluster(String normalizedWord, int level) {
        return clusters.cluster(normalizedWord, levels.get(level));
      }
    };
  }

  /** Read on first use: loading the file takes a few hundred milliseconds. */
  private static final class Holder {
    static final ClusterSource INSTANCE = of(WordClusters.standard());
  }
}
