package org.marsad.ner.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.marsad.ner.NerTagger;
import org.marsad.ner.conll.BioTags;
import org.marsad.ner.conll.Chunk;
import org.marsad.ner.conll.ConllReader;
import org.marsad.ner.conll.ConllSentence;

/** Training on real ANERcorp sentences: deterministic, and the model survives a save and a load. */
class NerTrainerTest {

  private static final Path TRAIN = Path.of("../../shared/datasets/anercorp/ANERcorp_reconstructed_train.txt");

  private static List<ConllSentence> firstSentences(int n) throws IOException {
    // Tests run in the module folder; ../shared sits beside the checkout.
    Assumptions.assumeTrue(Files.exists(TRAIN), "ANERcorp is not beside the checkout");
    return ConllReader.read(TRAIN).subList(0, n);
  }

  private static List<List<Chunk>> tagAll(TokenNameFinderModel model, List<ConllSentence> sentences) {
    NerTagger tagger = new NerTagger(model);
    List<List<Chunk>> out = new ArrayList<>();
    for (ConllSentence s : sentences) {
      out.add(tagger.tag(s.words().toArray(String[]::new)));
      tagger.endDocument();
    }
    return out;
  }

  @Test
  void sameSentencesGiveTheSameModelAndItRoundTrips() throws IOException {
    List<ConllSentence> train = firstSentences(400);
    TrainOptions options = new TrainOptions("PERCEPTRON", 30, 1, false, "BIO", 1);
    TokenNameFinderModel a = NerTrainer.train(train, options);
    TokenNameFinderModel b = NerTrainer.train(train, options);
    List<List<Chunk>> taggedA = tagAll(a, train);
    assertEquals(taggedA, tagAll(b, train), "two trainings tag identically");

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    a.serialize(bytes);
    TokenNameFinderModel loaded = new TokenNameFinderModel(new ByteArrayInputStream(bytes.toByteArray()));
    assertEquals(taggedA, tagAll(loaded, train), "a saved model rebuilds the same features");

    // Trained on these sentences, it must find most of their entities again (it can memorise them).
    int gold = 0, found = 0;
    for (int i = 0; i < train.size(); i++) {
      List<Chunk> g = BioTags.chunks(train.get(i).tags());
      gold += g.size();
      for (Chunk c : taggedA.get(i)) if (g.contains(c)) found++;
    }
    assertTrue(found > 0.8 * gold, found + " of " + gold);
  }
}
