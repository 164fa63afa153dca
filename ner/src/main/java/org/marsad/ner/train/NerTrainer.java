package org.marsad.ner.train;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.marsad.ner.conll.BioTags;
import org.marsad.ner.conll.Chunk;
import org.marsad.ner.conll.ConllSentence;
import org.marsad.ner.features.Tokens;

/**
 * Trains the OpenNLP name finder on BIO-tagged sentences. Deterministic: the same sentences and options
 * give the same model (the perceptron and maxent trainers run single-threaded and visit samples in order).
 */
public final class NerTrainer {

  private NerTrainer() {}

  public static TokenNameFinderModel train(List<ConllSentence> sentences, TrainOptions options)
      throws IOException {
    List<NameSample> samples = new ArrayList<>(sentences.size());
    for (ConllSentence s : sentences) samples.add(sample(s));
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, options.algorithm());
    params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, 1);
    params.put(BeamSearch.BEAM_SIZE_PARAMETER, options.beamSize());
    TokenNameFinderFactory factory =
        new TokenNameFinderFactory(featureDescriptor(options.clusters()), Map.of(),
            options.codec().equals("BILOU") ? new BilouCodec() : new BioCodec());
    return NameFinderME.train("ar", null, ObjectStreamUtils.createObjectStream(samples), params, factory);
  }

  /** The sentence's taggable tokens with its entities re-indexed over them. */
  static NameSample sample(ConllSentence s) {
    List<String> kept = new ArrayList<>();
    List<String> keptTags = new ArrayList<>();
    for (int i = 0; i < s.size(); i++) {
      if (Tokens.isTaggable(s.words().get(i))) {
        kept.add(s.words().get(i));
        keptTags.add(s.tags().get(i));
      }
    }
    List<Chunk> chunks = BioTags.chunks(keptTags);
    Span[] names = new Span[chunks.size()];
    for (int i = 0; i < names.length; i++) {
      Chunk c = chunks.get(i);
      names[i] = new Span(c.start(), c.end(), c.type());
    }
    // No document boundaries in the training file: never carry adaptive data across sentences.
    return new NameSample(kept.toArray(String[]::new), names, true);
  }

  static byte[] featureDescriptor(boolean clusters) throws IOException {
    try (InputStream in = NerTrainer.class.getResourceAsStream("/org/marsad/ner/features.xml")) {
      String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return xml.replace("CLUSTERS", Boolean.toString(clusters)).getBytes(StandardCharsets.UTF_8);
    }
  }
}
