package org.marsad.eval.ner;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.eval.metrics.Prf;
import org.marsad.ner.NerTagger;
import org.marsad.ner.conll.BioTags;
import org.marsad.ner.conll.Chunk;
import org.marsad.ner.conll.ConllSentence;

/** Tags every sentence of a CoNLL file and scores the entities against its gold tags. */
public final class NerEvaluation {

  private NerEvaluation() {}

  /** Scores, and writes "word gold predicted" lines to {@code predictions} when it is not null. */
  public static Report run(List<ConllSentence> test, NerTagger tagger, Path predictions, String testName)
      throws IOException {
    ChunkCounts counts = new ChunkCounts();
    long tokens = 0;
    long started = System.nanoTime();
    BufferedWriter out = predictions == null ? null : Files.newBufferedWriter(predictions, StandardCharsets.UTF_8);
    try {
      for (ConllSentence s : test) {
        List<Chunk> predicted = SentenceTagging.predict(tagger, s);
        counts.add(SentenceTagging.gold(s), predicted);
        tokens += s.size();
        if (out != null) write(out, s, BioTags.tags(predicted, s.size()));
        // Sentences in a CoNLL file carry no document boundaries: no adaptive data across them.
        tagger.endDocument();
      }
    } finally {
      if (out != null) out.close();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    Map<String, Prf> perType = new LinkedHashMap<>(counts.perType());
    Map<String, Integer> gold = new LinkedHashMap<>();
    perType.keySet().forEach(t -> gold.put(t, counts.gold(t)));
    return new Report(testName, test.size(), tokens, perType, gold, counts.micro(), seconds, tokens / seconds);
  }

  private static void write(BufferedWriter out, ConllSentence s, List<String> predicted) throws IOException {
    for (int i = 0; i < s.size(); i++) {
      out.write(s.words().get(i) + " " + s.tags().get(i) + " " + predicted.get(i));
      out.newLine();
    }
    out.newLine();
  }

  /** The figures of one run; {@code gold} counts the gold entities per type. */
  public record Report(String test, int sentences, long tokens, Map<String, Prf> perType,
      Map<String, Integer> gold, Prf micro, double seconds, double tokensPerSecond) {

    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "NER on %s: %,d sentences, %,d tokens, %.1f s (%,.0f tokens/s)%n",
          test, sentences, tokens, seconds, tokensPerSecond));
      sb.append(String.format(Locale.ROOT, "%-6s %7s %7s %7s %7s%n", "type", "P", "R", "F1", "gold"));
      perType.forEach((type, prf) -> sb.append(row(type, prf, gold.get(type))));
      sb.append(row("micro", micro, gold.values().stream().mapToInt(Integer::intValue).sum()));
      return sb.toString();
    }

    private static String row(String name, Prf prf, int goldCount) {
      return String.format(Locale.ROOT, "%-6s %7.4f %7.4f %7.4f %7d%n", name, prf.precision(), prf.recall(),
          prf.f1(), goldCount);
    }
  }
}
