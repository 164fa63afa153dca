package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.bench.IngestBenchmark;
import org.marsad.ingest.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad bench ...: benchmarks, never tests. Each prints its figures, or one JSON object with --json. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: speed and memory, measured against a baseline in the same run.",
    subcommands = {BenchCommand.Ingest.class})
final class BenchCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "ingest", mixinStandardHelpOptions = true,
      description = {
        "Ingest a corpus into a fresh store and time it against Lucene's ArabicAnalyzer on the same texts.",
        "Default corpus: ../shared/datasets/saudinewsnet and ../shared/datasets/ant_multisource (62,555 articles)."})
  static final class Ingest implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus to ingest (default: the two datasets).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR",
        description = "Keep the store here (default: a temporary store, deleted afterwards).")
    Path data;

    @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: processors).")
    Integer threads;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      List<Path> inputs = paths.isEmpty() ? defaultCorpus() : paths;
      for (Path p : inputs) {
        if (!Files.exists(p)) throw new IllegalArgumentException("no such corpus: " + p);
      }
      IngestOptions options = IngestOptions.defaults();
      if (threads != null) options = options.withThreads(threads);
      if (!json) System.err.println("marsad: benchmarking ingest of " + inputs + " ...");
      Map<String, Object> figures = IngestBenchmark.run(inputs, data, options);
      if (json) {
        Json.print(System.out, figures);
      } else {
        Table t = new Table("FIGURE", "VALUE");
        figures.forEach((k, v) -> t.row(k, v));
        t.print(System.out);
      }
      return 0;
    }

    private static List<Path> defaultCorpus() {
      Path shared = Home.dir().resolve("../shared/datasets").normalize();
      return List.of(shared.resolve("saudinewsnet"), shared.resolve("ant_multisource"));
    }
  }
}
