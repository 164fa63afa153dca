package org.marsad.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Loads the tagger's model: the one shipped with Marsad (rebuilt by {@code marsad train ner}) or a file.
 * Models are immutable and shared by all threads; each thread makes its own {@link NerTagger}.
 */
public final class NerModels {

  /** Where the shipped model lives on the classpath, and under ner/src/main/resources in the repo. */
  public static final String RESOURCE = "/org/marsad/ner/ner-model.bin";

  private NerModels() {}

  public static TokenNameFinderModel bundled() {
    return Holder.MODEL;
  }

  public static TokenNameFinderModel load(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new TokenNameFinderModel(in);
    }
  }

  /** Loaded on first use only: reading the model takes a second or so. */
  private static final class Holder {
    static final TokenNameFinderModel MODEL = read();

    private static TokenNameFinderModel read() {
      try (InputStream in = NerModels.class.getResourceAsStream(RESOURCE)) {
        if (in == null) throw new IllegalStateException("no NER model at " + RESOURCE + "; run: marsad train ner");
        return new TokenNameFinderModel(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the NER model " + RESOURCE, e);
      }
    }
  }
}
