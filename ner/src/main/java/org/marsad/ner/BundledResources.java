package org.marsad.ner;

import opennlp.tools.namefind.TokenNameFinderModel;
import org.marsad.ner.clusters.WordClusters;

/** What ships with Marsad for entity recognition: the trained model and the corpus word clusters. */
public final class BundledResources {

  private BundledResources() {}

  public static TokenNameFinderModel model() {
    return NerModels.bundled();
  }

  /** Clitic trimming by corpus frequency. */
  public static CliticTrimmer clitics() {
    return new CliticTrimmer(ranks());
  }

  /** Glued-word splitting by corpus frequency. */
  public static GluedWords glued() {
    return new GluedWords(ranks());
  }

  /** The corpora's words by frequency: the clusters file lists them most frequent first. */
  public static WordRanks ranks() {
    WordClusters words = WordClusters.standard();
    return new WordRanks() {
      @Override
      public int rank(String normalizedWord) {
        return words.rank(normalizedWord);
      }

      @Override
      public int size() {
        return words.size();
      }
    };
  }
}
