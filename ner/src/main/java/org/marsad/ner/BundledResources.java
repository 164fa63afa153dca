package org.marsad.ner;

import opennlp.tools.namefind.TokenNameFinderModel;

/** What ships with Marsad for entity recognition: the trained model and the corpus word counts. */
public final class BundledResources {

  private BundledResources() {}

  public static TokenNameFinderModel model() {
    return NerModels.bundled();
  }

  public static CliticTrimmer clitics() {
    return new CliticTrimmer(word -> 0);
  }
}
