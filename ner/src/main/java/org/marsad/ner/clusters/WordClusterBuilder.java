package org.marsad.ner.clusters;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Learns word clusters from unlabelled texts, for the tagger to recognise a name it never saw in training
 * by the company it keeps. Each word is described by its left and right neighbours (the {@link
 * ContextCounts}), weighted by {@link Ppmi}, reduced by a {@link TruncatedSvd}, optionally helped by
 * its unprefixed form ({@link ProcliticBackoff}), then grouped by {@link SphericalKMeans} once per level.
 *
 * <p>Words are the core tokenizer's tokens in their matching form ({@code MatchNormalizer}). The same
 * texts in the same order with the same options give the same table, whatever the number of threads.
 *
 * <p>Use: {@link #add} every text from one thread, then {@link #build} once.
 */
public final class WordClusterBuilder implements AutoCloseable {

  private final ClusterOptions options;
  private final Workers workers;
  private final CorpusEncoder encoder;
  private final long started = System.nanoTime();
  private Consumer<String> progress = line -> {};
  private int texts;

  public WordClusterBuilder(ClusterOptions options) {
    this.options = options;
    this.workers = new Workers(options.threads());
    this.encoder = new CorpusEncoder(workers);
  }

  /** The table for these texts, read once and in order. */
  public static WordClusterTable build(Iterable<String> texts, ClusterOptions options) {
    try (WordClusterBuilder builder = new WordClusterBuilder(options)) {
      for (String t : texts) builder.add(t);
      return builder.build();
    }
  }

  public static WordClusterTable build(Stream<String> texts, ClusterOptions options) {
    return build(texts::iterator, options);
  }

  /** Where to report each finished step, one line each (default: nowhere). */
  public WordClusterBuilder onProgress(Consumer<String> listener) {
    this.progress = listener;
    return this;
  }

  public void add(String text) {
    texts++;
    encoder.add(text);
  }

  public WordClusterTable build() {
    try {
      Encoded encoded = encode();
      Vocabulary vocabulary = encoded.vocabulary();
      float[] vectors = vectors(encoded.rows(), vocabulary);
      int[][] clusters = ClusterLevels.cluster(vectors, options, workers);
      report("k-means at %s clusters", options.levels());
      int[] counts = new int[vocabulary.size()];
      String[] words = new String[vocabulary.size()];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = vocabulary.count(i);
        words[i] = vocabulary.word(i);
      }
      return new WordClusterTable(List.of(words), counts, options.levels(), clusters, texts, encoded.tokens());
    } finally {
      close();
    }
  }

  @Override
  public void close() {
    workers.close();
  }

  /** The corpus as vocabulary rows; the word ids and strings are dropped here, before the big arrays come. */
  private record Encoded(int[] rows, Vocabulary vocabulary, long tokens) {}

  private Encoded encode() {
    TokenizedCorpus corpus = encoder.finish();
    long tokens = corpus.tokenCount() - breaks(corpus.tokens());
    Vocabulary vocabulary = Vocabulary.select(corpus, options.minCount(), options.maxVocabulary());
    report("read %d texts, %d tokens, %d distinct words, %d clustered", texts, tokens, corpus.words().size(),
        vocabulary.size());
    return new Encoded(rows(corpus, vocabulary), vocabulary, tokens);
  }

  /** Unit context vectors, one per vocabulary word. */
  private float[] vectors(int[] rows, Vocabulary vocabulary) {
    int[] counts = new int[vocabulary.size()];
    for (int i = 0; i < counts.length; i++) counts[i] = vocabulary.count(i);
    SparseRows contexts = ContextCounts.count(rows, counts, options.contextWords(), options.window(), workers);
    report("counted %d (word, context) pairs", contexts.values().length);
    Ppmi.weigh(contexts, workers);
    float[] vectors = TruncatedSvd.rowVectors(contexts, options.dimensions(), options.seed(), workers);
    report("weighted, reduced to %d dimensions", options.dimensions());
    if (options.proclitics()) {
      int borrowed = ProcliticBackoff.apply(vectors, options.dimensions(), vocabulary);
      report("%d words borrowed from their form without a proclitic", borrowed);
    }
    return vectors;
  }

  /** Each corpus position as its vocabulary row, {@link Vocabulary#NONE} or a break. */
  private static int[] rows(TokenizedCorpus corpus, Vocabulary vocabulary) {
    int[] tokens = corpus.tokens();
    int[] rows = new int[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      rows[i] = tokens[i] == TokenizedCorpus.BREAK ? ContextCounts.BREAK : vocabulary.indexOfId(tokens[i]);
    }
    return rows;
  }

  private static long breaks(int[] tokens) {
    long n = 0;
    for (int t : tokens) if (t == TokenizedCorpus.BREAK) n++;
    return n;
  }

  private void report(String format, Object... args) {
    double seconds = (System.nanoTime() - started) / 1e9;
    progress.accept(String.format(Locale.ROOT, "%6.1f s  ", seconds) + String.format(Locale.ROOT, format, args));
  }
}
