package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.ingest.ArticleJson;
import org.marsad.ingest.watch.BatchRunner;
import org.marsad.ingest.watch.FeedFetcher;
import org.marsad.ingest.watch.FeedPoller;
import org.marsad.ingest.watch.FeedStateFile;
import org.marsad.ingest.watch.FolderWatcher;
import org.marsad.ingest.watch.PollSchedule;
import org.marsad.ingest.watch.WatchLoop;
import org.marsad.readers.ReaderOptions;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * marsad watch FEED_URL_OR_DIR...: keeps the store current. Polls feeds (conditional GET, backoff) and watches
 * folders, ingests what is new, and after each batch updates reuse and stories as analyze does. Holds the
 * store for writing for its whole life.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = {"Poll RSS/Atom feeds and watch folders; ingest what is new and bring the stories up to date",
        "after each batch, as marsad analyze does. Runs until Ctrl-C (or one pass with --once).",
        "Example: marsad watch https://example.org/rss.xml incoming/ --data marsad-data"})
final class WatchCommand implements Callable<Integer> {

  /** How often the loop looks at its sources: a dropped file is read within two of these. */
  static final Duration TICK = Duration.ofSeconds(1);

  @Mixin DataDirOption data;

  @Parameters(arity = "1..*", paramLabel = "FEED_URL_OR_DIR",
      description = "http(s) URLs of RSS/Atom feeds, and folders to watch.")
  List<String> sources;

  @Option(names = "--interval", paramLabel = "SECONDS", defaultValue = "300",
      description = "Poll each feed this often (default: ${DEFAULT-VALUE}); quiet or failing feeds back off.")
  long intervalSeconds;

  @Option(names = "--max-interval", paramLabel = "SECONDS", defaultValue = "3600",
      description = "Longest wait between two polls of a quiet or failing feed (default: ${DEFAULT-VALUE}).")
  long maxIntervalSeconds;

  @Option(names = "--rescan", paramLabel = "SECONDS", defaultValue = "30",
      description = "Rescan the folders this often, for filesystems that miss change events (default: ${DEFAULT-VALUE}).")
  long rescanSeconds;

  @Option(names = "--once",
      description = "One pass over every source, then exit (for cron); exits 1 if a source failed.")
  boolean once;

  @Option(names = "--max-file-size", paramLabel = "SIZE", converter = ByteSize.class,
      description = "Skip files and feeds larger than this (default: 64MB).")
  Long maxFileSize;

  @Option(names = "--threads", paramLabel = "N", description = "Analysis threads (default: the number of processors).")
  Integer threads;

  @Option(names = "--summary-words", paramLabel = "N", defaultValue = "120",
      description = "Summary length limit in words (default: ${DEFAULT-VALUE}).")
  int summaryWords;

  @Option(names = "--min-words", paramLabel = "N", defaultValue = "8",
      description = "Shortest copied passage reported, in words (default: ${DEFAULT-VALUE}).")
  int minWords;

  @Option(names = "--json", description = "Print each batch as one JSON object per line on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (intervalSeconds < 1) throw new IllegalArgumentException("--interval must be >= 1");
    if (rescanSeconds < 1) throw new IllegalArgumentException("--rescan must be >= 1");
    if (summaryWords < 1) throw new IllegalArgumentException("--summary-words must be >= 1");
    if (minWords < 2) throw new IllegalArgumentException("--min-words must be >= 2");
    List<String> feedUrls = new ArrayList<>();
    List<Path> folders = new ArrayList<>();
    for (String s : sources) {
      if (isFeedUrl(s)) feedUrls.add(s);
      else if (Files.isDirectory(Path.of(s))) folders.add(Path.of(s));
      else throw new IllegalArgumentException("not a feed URL (http:// or https://) or a folder: " + s);
    }
    ReaderOptions readerOptions = ReaderOptions.defaults();
    if (maxFileSize != null) readerOptions = readerOptions.withMaxFileBytes(maxFileSize);
    IngestOptions options = IngestOptions.defaults().withReaderOptions(readerOptions).withSkipKnownSources(true);
    if (threads != null) options = options.withThreads(threads);

    Clock clock = Clock.systemUTC();
    CountDownLatch closed = new CountDownLatch(1);
    // Opened first: a store another process writes to fails here, before any feed is fetched.
    try (ArticleStore store = ArticleStore.open(data.dir)) {
      List<FeedPoller> feeds = feedPollers(feedUrls, readerOptions.maxFileBytes(), clock);
      List<FolderWatcher> watchers = new ArrayList<>();
      try {
        for (Path f : folders) watchers.add(new FolderWatcher(f, Duration.ofSeconds(rescanSeconds), clock, data.dir));
        BatchRunner runner = new BatchRunner(store, new Ingester(store, options, IngestListener.NONE), feeds,
            watchers, new ReuseBuilder(ReuseOptions.defaults().withMinWords(minWords)),
            new StoryBuilder(ClusteringOptions.defaults(),
                new SummaryOptions(SummaryOptions.defaults().maxSentences(), summaryWords)));
        WatchText text = new WatchText(System.out, System.err, !once, json ? id -> rowOf(store, id) : null);
        WatchLoop loop = new WatchLoop(runner, TICK, text::batch);
        Thread hook = new Thread(() -> {
          loop.stop();
          try {
            // The JVM exits when the hooks return: wait for the current batch and the store's close.
            closed.await(2, TimeUnit.MINUTES);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        }, "marsad-watch-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
          if (once) {
            for (String file : loop.once()) text.stillWriting(file);
            return text.failures() > 0 ? 1 : 0; // cron mails the failure
          }
          if (!json) text.started(feeds.size(), folders.size(), data.dir, intervalSeconds);
          loop.run();
          return 0;
        } finally {
          removeHook(hook);
        }
      } finally {
        for (FolderWatcher w : watchers) closeQuietly(w);
      }
    } finally {
      closed.countDown();
    }
  }

  private static boolean isFeedUrl(String arg) {
    String lower = arg.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }

  /** One poller per feed, sharing one HTTP client and the validators saved in the data dir. */
  private List<FeedPoller> feedPollers(List<String> urls, long maxBytes, Clock clock) {
    FeedStateFile state = FeedStateFile.load(data.dir);
    FeedFetcher fetcher = new FeedFetcher(Duration.ofSeconds(10), Duration.ofSeconds(60), maxBytes, clock);
    List<FeedPoller> feeds = new ArrayList<>();
    for (String url : urls) {
      feeds.add(new FeedPoller(url, fetcher, state, new PollSchedule(clock,
          Duration.ofSeconds(intervalSeconds), Duration.ofSeconds(maxIntervalSeconds))));
    }
    return feeds;
  }

  private static java.util.Map<String, Object> rowOf(ArticleStore store, String id) {
    try {
      return ArticleJson.row(store.get(id).orElseThrow());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** After a normal end; during a shutdown the hook is running and cannot be removed, nor needs to be. */
  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is what stopped us
    }
  }

  private static void closeQuietly(FolderWatcher w) {
    try {
      w.close();
    } catch (IOException ignored) {
      // only the event queue: nothing to lose
    }
  }
}
