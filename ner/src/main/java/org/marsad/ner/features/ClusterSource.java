package org.marsad.ner.features;

/** Word clusters learned from unlabelled news: a cluster id per normalized word at a few granularities. */
public interface ClusterSource {

  /** How many granularities there are, coarsest first. */
  int levels();

  /** The cluster of {@code normalizedWord} at {@code level} (0 = coarsest), or null for an unknown word. */
  String cluster(String normalizedWord, int level);

  ClusterSource NONE =
      new ClusterSource() {
        @Override
        public int levels() {
          return 0;
        }

        @Override
        public String cluster(String normalizedWord, int level) {
          return null;
        }
      };
}
