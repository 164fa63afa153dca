package org.marsad.ner;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.marsad.ner.clusters.WordClusters;

/** What ships with Marsad for entity recognition: the trained model and the corpus word clusters. */
public final class BundledResources {

  private BundledResources() {}

  public static TokenNameFinderModel model() {
    return NerModels.bundled();
  }

  /** Clitic trimming by corpus frequency: the clusters file lists the corpora's words most frequent first. */
  public static CliticTrimmer clitics() {
    WordClusters words = WordClusters.standard();
    return new CliticTrimmer(new WordRanks() {
      @Override
      public int rank(String normalizedWord) {
        return words.rank(normalizedWord);
      }

      @Override
      public int size() {
        return words.size();
      }
    });
  }
}
