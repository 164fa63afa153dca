package org.marsad.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.marsad.core.model.RawArticle;
import org.marsad.ner.clusters.ClusterFile;
import org.marsad.ner.clusters.ClusterOptions;
import org.marsad.ner.clusters.WordClusterBuilder;
import org.marsad.ner.clusters.WordClusterTable;
import org.marsad.readers.ReadListener;
import org.marsad.readers.ReaderOptions;
import org.marsad.readers.SourceReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad train clusters PATH...: word clusters for the tagger, learned from the articles under PATH. */
@Command(name = "clusters", mixinStandardHelpOptions = true,
    description = {
      "Learn word clusters from the articles under PATH (any format ingest reads) for the named-entity tagger:",
      "each word's left and right neighbours, PPMI-weighted, grouped by k-means at 64, 256 and 1024 clusters.",
      "The same input and seed always give the same file."})
final class TrainClustersCommand implements Callable<Integer> {

  /** Where the tagger's module ships the clusters, relative to the checkout. */
  static final String DEFAULT_OUT = "ner/src/main/resources/org/marsad/ner/word-clusters.tsv.gz";

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders of articles.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Where to write the gzipped TSV (default: " + DEFAULT_OUT + " in the checkout).")
  Path out;

  @Option(names = "--min-count", paramLabel = "N", defaultValue = "5",
      description = "Cluster only words seen at least N times (default: ${DEFAULT-VALUE}).")
  int minCount;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the projection and the k-means initialisation (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--threads", paramLabel = "N",
      description = "Worker threads (default: the number of processors); the result does not depend on it.")
  Integer threads;

  @Option(names = "--verbose", description = "Print each step's elapsed time on stderr.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    for (Path p : paths) EvalCommand.requireExists(p);
    Path target = out != null ? out : Home.dir().resolve(DEFAULT_OUT);
    ClusterOptions options = ClusterOptions.defaults().withMinCount(minCount).withSeed(seed);
    if (threads != null) options = options.withThreads(threads);
    long started = System.nanoTime();
    WordClusterTable table;
    int[] skipped = new int[1];
    try (WordClusterBuilder builder = new WordClusterBuilder(options)) {
      if (verbose) builder.onProgress(line -> System.err.println("marsad: " + line));
      SourceReader reader = new SourceReader(ReaderOptions.defaults());
      ReadListener listener = new ReadListener() {
        @Override
        public void article(RawArticle a) {
          builder.add(textOf(a));
        }

        @Override
        public void skipped(String origin, String reason, String detail) {
          skipped[0]++;
        }
      };
      for (Path p : paths) reader.read(p, listener);
      table = builder.build();
    }
    write(table, target);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf(Locale.ROOT, "clusters: %,d words (seen %d+ times) from %,d articles (%,d tokens; %,d inputs skipped),"
            + " levels %s, in %.1f s -> %s (%,d bytes)%n",
        table.size(), minCount, table.texts(), table.tokens(), skipped[0], table.levels(), seconds, target,
        Files.size(target));
    return 0;
  }

  /** The headline counts too when the reader keeps it apart from the text. */
  private static String textOf(RawArticle a) {
    boolean separateTitle = a.title() != null && !a.title().isBlank() && !a.titleInText();
    return separateTitle ? a.title() + "\n" + a.text() : a.text();
  }

  /** Written beside the target, then moved over it: an interrupted run never leaves half a file. */
  private static void write(WordClusterTable table, Path target) throws Exception {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path tmp = Files.createTempFile(dir, ".word-clusters", ".tmp");
    try {
      try (OutputStream o = Files.newOutputStream(tmp)) {
        ClusterFile.write(table, o);
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
