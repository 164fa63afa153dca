package org.marsad.ner.features;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * Lets a model's feature descriptor name {@link ArabicFeatureGenerator}, so a saved model rebuilds the same
 * features when it is loaded. With {@code <bool name="clusters">true</bool>} it uses the word clusters
 * bundled with Marsad.
 */
public final class ArabicFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

  @Override
  public AdaptiveFeatureGenerator create() throws opennlp.tools.util.InvalidFormatException {
    boolean useClusters = getBool("clusters", false);
    return new ArabicFeatureGenerator(useClusters ? BundledClusters.get() : ClusterSource.NONE);
  }
}
