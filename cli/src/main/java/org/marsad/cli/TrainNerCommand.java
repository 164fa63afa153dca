package org.marsad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.marsad.eval.ner.NerEvaluation;
import org.marsad.ner.NerModels;
import org.marsad.ner.NerTagger;
import org.marsad.ner.conll.ConllReader;
import org.marsad.ner.conll.ConllSentence;
import org.marsad.ner.train.NerTrainer;
import org.marsad.ner.train.TrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** marsad train ner: trains the named-entity tagger that ships with Marsad. */
@Command(name = "ner", mixinStandardHelpOptions = true,
    description = {
      "Train the named-entity tagger (OpenNLP name finder, Marsad's Arabic features and word clusters) on a",
      "CoNLL file and write the model Marsad ships. Deterministic: the same file and options give the same model.",
      "With --dev-fraction F the last F of the sentences are held out and scored instead of trained on."})
final class TrainNerCommand implements Callable<Integer> {

  static final String DEFAULT_TRAIN = "../shared/datasets/anercorp/ANERcorp_reconstructed_train.txt";
  static final String DEFAULT_OUT = "ner/src/main/resources" + NerModels.RESOURCE;

  @Option(names = "--train", paramLabel = "FILE",
      description = "Training sentences, word TAG lines (default: " + DEFAULT_TRAIN + " beside the checkout).")
  Path train;

  @Option(names = "--out", paramLabel = "FILE", description = "The model file (default: " + DEFAULT_OUT + ").")
  Path out;

  @Option(names = "--dev-fraction", paramLabel = "F", defaultValue = "0",
      description = "Hold out the last F of the sentences and print their scores (default: ${DEFAULT-VALUE}).")
  double devFraction;

  @Option(names = "--algorithm", paramLabel = "NAME", defaultValue = "PERCEPTRON",
      description = "PERCEPTRON, MAXENT or MAXENT_QN (default: ${DEFAULT-VALUE}).")
  String algorithm;

  @Option(names = "--iterations", paramLabel = "N", defaultValue = "150", description = "Training passes (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--codec", paramLabel = "BIO|BILOU", defaultValue = "BIO", description = "Outcome coding (default: ${DEFAULT-VALUE}).")
  String codec;

  @Option(names = "--beam", paramLabel = "N", defaultValue = "1",
      description = "Decoding beam stored in the model; 1 is greedy (default: ${DEFAULT-VALUE}).")
  int beam;

  @Option(names = "--no-clusters", description = "Leave the word-cluster features out.")
  boolean noClusters;

  @Override
  public Integer call() throws Exception {
    if (devFraction < 0 || devFraction >= 1) throw new IllegalArgumentException("--dev-fraction must be in [0, 1)");
    Path trainFile = train != null ? train : Home.dir().resolve(DEFAULT_TRAIN).normalize();
    EvalCommand.requireExists(trainFile);
    Path target = out != null ? out : Home.dir().resolve(DEFAULT_OUT);
    List<ConllSentence> all = ConllReader.read(trainFile);
    int cut = (int) Math.round(all.size() * (1 - devFraction));
    TrainOptions options = new TrainOptions(algorithm, iterations, 1, !noClusters, codec, beam);
    long started = System.nanoTime();
    TokenNameFinderModel model = NerTrainer.train(all.subList(0, cut), options);
    double seconds = (System.nanoTime() - started) / 1e9;
    Files.createDirectories(target.toAbsolutePath().getParent());
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (OutputStream o = Files.newOutputStream(tmp)) {
      model.serialize(o);
    }
    Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(Locale.ROOT, "ner: trained on %,d sentences of %s (%s, %d iterations, %s, clusters %s) in %.1f s -> %s (%,d bytes)%n",
        cut, trainFile, algorithm, iterations, codec, options.clusters() ? "on" : "off", seconds, target, Files.size(target));
    if (cut < all.size()) {
      NerEvaluation.Report dev = NerEvaluation.run(all.subList(cut, all.size()), new NerTagger(model), null,
          trainFile + " (last " + (all.size() - cut) + " sentences, held out)");
      System.out.print(dev.format());
    }
    return 0;
  }
}
