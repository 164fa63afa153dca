package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.model.Article;
import org.marsad.ingest.ArticleJson;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.Skip;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.readers.ReaderOptions;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad ingest PATH...: read files, folders and archives into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {
      "Read articles from files, folders (recursively) and archives into the store.",
      "Formats: plain text, HTML, JSON / JSON Lines, TREC <DOC>, RSS/Atom, WARC, .zip and .gz of these.",
      "Bad input is reported on stderr, one line per file, and skipped; the run goes on.",
      "Running it again on the same input stores nothing twice."})
class IngestCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or folders to read.")
  List<Path> paths;

  @Option(names = "--strict", description = "Exit with status 1 if anything was skipped.")
  boolean strict;

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class,
      description = "Skip files (and archive entries) larger than this (default: 64MB).")
  Long maxFileSize;

  @Option(names = "--field", paramLabel = "NAME=PATH",
      description = {"Map a JSON field, e.g. --field title=meta.headline --field text=/body/0/value.",
          "NAME is one of: title, text, published, outlet, url, id."})
  Map<String, String> fields = new LinkedHashMap<>();

  @Option(names = "--commit-every", paramLabel = "N", defaultValue = "5000",
      description = "Commit the store every N stored articles (default: ${DEFAULT-VALUE}).")
  int commitEvery;

  @Option(names = "--threads", paramLabel = "N",
      description = "Analysis threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--json", description = "Print the report as JSON on stdout.")
  boolean json;

  /** What runs after the ingest, with the store still open; analyze builds the stories here. */
  StoryBuilder.Result afterIngest(ArticleStore store) throws Exception {
    return null;
  }

  /** Adds what {@link #afterIngest} did to the JSON report. */
  void reportAfterIngest(Map<String, Object> out) {}

  /** Prints what {@link #afterIngest} did, before the stories, in the human report. */
  void printAfterIngest(java.io.PrintStream out) {}

  /** How many stored articles the human report lists. */
  static final int LISTED = 20;

  @Override
  public Integer call() throws Exception {
    for (Path p : paths) {
      if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
    }
    ReaderOptions readerOptions = ReaderOptions.defaults();
    if (maxFileSize != null) readerOptions = readerOptions.withMaxFileBytes(maxFileSize);
    if (!fields.isEmpty()) readerOptions = readerOptions.withFieldPaths(fields);
    IngestOptions options = IngestOptions.defaults().withReaderOptions(readerOptions)
        .withCommitEvery(commitEvery);
    if (threads != null) options = options.withThreads(threads);

    // What the report lists: every stored article's row for --json, the first few articles for people.
    // Rows, not articles: a large run must not keep every text and span in memory to print it.
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Article> listed = new ArrayList<>();
    IngestReport report;
    StoryBuilder.Result stories;
    try (ArticleStore store = ArticleStore.open(data.dir);
        ProgressReport progress = ProgressReport.forTerminal(!json)) {
      IngestListener listener = new IngestListener() {
        @Override
        public void started(long totalBytes) {
          progress.start(totalBytes);
        }

        @Override
        public void progress(long bytesDone, long articlesSeen) {
          progress.update(bytesDone, articlesSeen);
        }

        @Override
        public void skipped(Skip skip) {
          progress.println(System.err, "marsad: " + skip.message());
        }

        @Override
        public void stored(Article article) {
          if (json) rows.add(ArticleJson.row(article));
          else if (listed.size() < LISTED) listed.add(article);
        }
      };
      report = new Ingester(store, options, listener).ingest(paths);
      stories = afterIngest(store);
    }
    if (json) {
      Map<String, Object> out = IngestJson.of(report, rows, data.dir);
      reportAfterIngest(out);
      if (stories != null) {
        out.put("stories_seconds", Math.round(stories.seconds() * 1000) / 1000.0);
        out.put("stories", stories.stories());
      }
      Json.print(System.out, out);
    } else {
      IngestText.print(System.out, report, listed, data.dir);
      printAfterIngest(System.out);
      if (stories != null) AnalyzeCommand.printStories(System.out, stories);
    }
    return strict && report.skipped() > 0 ? 1 : 0;
  }
}
