package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.bench.ClaimsBenchmark;
import org.marsad.bench.IngestBenchmark;
import org.marsad.bench.NerBenchmark;
import org.marsad.bench.StoriesBenchmark;
import org.marsad.ingest.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad bench ...: benchmarks, never tests. Each prints its figures, or one JSON object with --json. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Benchmarks: speed and memory, measured against a baseline in the same run.",
    subcommands = {BenchCommand.Ingest.class, BenchCommand.Stories.class, BenchCommand.Ner.class,
        BenchCommand.Claims.class, BenchCommand.Reuse.class, BenchCommand.Serve.class})
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
      List<Path> inputs = corpus(paths);
      IngestOptions options = IngestOptions.defaults();
      if (threads != null) options = options.withThreads(threads);
      if (!json) System.err.println("marsad: benchmarking ingest of " + inputs + " ...");
      print(IngestBenchmark.run(inputs, data, options), json);
      return 0;
    }

  }

  /** A benchmark over the first N articles of a corpus, on a number of threads. */
  abstract static class SampleBench implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus (default: the two datasets).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--articles", paramLabel = "N", defaultValue = "10000",
        description = "Use the first N articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--threads", paramLabel = "N", description = "Threads (default: processors).")
    Integer threads;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    abstract Map<String, Object> run(List<Path> corpus, int articles, int threads) throws Exception;

    @Override
    public Integer call() throws Exception {
      if (articles < 1) throw new IllegalArgumentException("--articles must be >= 1");
      int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
      print(run(corpus(paths), articles, n), json);
      return 0;
    }
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {
        "Time named-entity tagging against the analysis every article gets anyway, on the same articles and",
        "threads: tokens per second and the ratio of the two. Default corpus: the two shared datasets."})
  static final class Ner extends SampleBench {
    @Override
    Map<String, Object> run(List<Path> corpus, int articles, int threads) throws Exception {
      return NerBenchmark.run(corpus, articles, threads);
    }
  }

  @Command(name = "claims", mixinStandardHelpOptions = true,
      description = {
        "Time quote, figure and timeline extraction against the analysis and entity tagging every article gets",
        "at ingest, on the same articles and threads. Default corpus: the two shared datasets."})
  static final class Claims extends SampleBench {
    @Override
    Map<String, Object> run(List<Path> corpus, int articles, int threads) throws Exception {
      return ClaimsBenchmark.run(corpus, articles, threads);
    }
  }

  @Command(name = "reuse", mixinStandardHelpOptions = true,
      description = {
        "Find the text reuse of a whole corpus from scratch and time it against reading and preparing every",
        "article (the floor any reuse finder pays), with the heap peak. Default corpus: the two shared datasets."})
  static final class Reuse implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus to ingest (default: the two datasets).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--data", paramLabel = "DIR",
        description = "Keep the store here; a store that already holds articles is used as it is (default: a temporary store).")
    Path data;

    @Option(names = "--min-words", paramLabel = "N", defaultValue = "8", description = "Shortest passage (default: ${DEFAULT-VALUE}).")
    int minWords;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      List<Path> inputs = corpus(paths);
      if (!json) System.err.println("marsad: benchmarking reuse on " + inputs + " ...");
      print(org.marsad.bench.ReuseBenchmark.run(inputs, data,
          org.marsad.core.reuse.ReuseOptions.defaults().withMinWords(minWords)), json);
      return 0;
    }
  }

  static void print(Map<String, Object> figures, boolean json) {
    if (json) {
      Json.print(System.out, figures);
      return;
    }
    Table t = new Table("FIGURE", "VALUE");
    figures.forEach((k, v) -> t.row(k, v));
    t.print(System.out);
  }

  /** The paths given, or by default the two shared corpora; each must exist. */
  static List<Path> corpus(List<Path> given) {
    Path shared = Home.dir().resolve("../shared/datasets").normalize();
    List<Path> inputs = given.isEmpty()
        ? List.of(shared.resolve("saudinewsnet"), shared.resolve("ant_multisource"))
        : given;
    for (Path p : inputs) {
      if (!Files.exists(p)) throw new IllegalArgumentException("no such corpus: " + p);
    }
    return inputs;
  }

  @Command(name = "stories", mixinStandardHelpOptions = true,
      description = {
        "Time clustering and summaries at growing corpus sizes (default 10k, 20k, 40k and all articles)",
        "to show the cost grows about linearly. Default corpus: the two shared datasets."})
  static final class Stories implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Corpus to ingest (default: the two datasets).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--sizes", split = ",", paramLabel = "N",
        description = "Corpus sizes to time (default: 10000,20000,40000,62555).")
    List<Integer> sizes = new ArrayList<>(List.of(10_000, 20_000, 40_000, 62_555));

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      List<Path> inputs = corpus(paths);
      if (!json) System.err.println("marsad: benchmarking stories on " + inputs + " ...");
      Map<String, Object> figures = StoriesBenchmark.run(inputs, null, sizes);
      if (json) {
        Json.print(System.out, figures);
        return 0;
      }
      Table t = new Table("ARTICLES", "EVENTS", "MERGED", "CLUSTER_S", "SUMMARY_S", "STORIES_S", "US_PER_ARTICLE",
          "READ_BACK_S");
      for (Object o : (List<?>) figures.get("points")) {
        Map<?, ?> p = (Map<?, ?>) o;
        t.row(p.get("articles"), p.get("events"), p.get("merged_events"), p.get("cluster_s"), p.get("summary_s"),
            p.get("stories_s"),
            p.get("us_per_article"), p.get("read_back_s"));
      }
      t.print(System.out);
      System.out.println("per-article cost, largest / smallest size: " + figures.get("per_article_cost_ratio_last_to_first"));
      return 0;
    }
  }

  @Command(name = "serve", mixinStandardHelpOptions = true,
      description = {
        "Run the server of marsad serve in this JVM on a store as it is, and drive it with concurrent clients:",
        "the story list, one story (random ids) and search (common Arabic words), each timed against /api/health",
        "(the floor), with p50/p99 latency, requests/s and the heap peak.",
        "Example: marsad bench serve --data /tmp/serve-store --clients 50 --seconds 20"})
  static final class Serve implements Callable<Integer> {

    @picocli.CommandLine.Mixin DataDirOption data;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "50", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "10",
        description = "Timed seconds per endpoint, after a third as long untimed (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--gzip", description = "Clients accept gzip, as browsers do (default: they do not, as scripts).")
    boolean gzip;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      if (clients < 1 || clients > 1000) throw new IllegalArgumentException("--clients must be 1..1000");
      if (seconds <= 0) throw new IllegalArgumentException("--seconds must be > 0");
      if (!json) System.err.println("marsad: benchmarking marsad serve on " + data.dir + " ...");
      Map<String, Object> figures = org.marsad.bench.ServeBenchmark.run(data.existing(), clients, seconds, gzip);
      if (json) {
        Json.print(System.out, figures);
        return 0;
      }
      Table t = new Table("ENDPOINT", "REQUESTS", "ERRORS", "REQ/S", "P50_MS", "P99_MS", "P50/FLOOR", "P99/FLOOR");
      for (Object o : (List<?>) figures.get("endpoints")) {
        Map<?, ?> e = (Map<?, ?>) o;
        t.row(e.get("endpoint"), e.get("requests"), e.get("errors"), e.get("requests_per_s"), e.get("p50_ms"),
            e.get("p99_ms"), e.get("p50_to_floor"), e.get("p99_to_floor"));
      }
      t.print(System.out);
      figures.forEach((k, v) -> {
        if (!k.equals("endpoints")) System.out.println(k + ": " + v);
      });
      return 0;
    }
  }
}
