package org.marsad.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.store.ArticleStore;

/** Polling a real feed over HTTP on 127.0.0.1, with a clock the test moves instead of sleeping. */
class FeedPollerTest {

  static final List<String> FOUR = List.of("000", "001", "002", "003");

  @TempDir Path data;
  FeedServer server;
  TestClock clock;
  ArticleStore store;
  Ingester ingester;
  FeedFetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new FeedServer();
    clock = new TestClock(Instant.parse("2016-12-10T20:00:00Z"));
    store = ArticleStore.open(data);
    ingester = new Ingester(store, IngestOptions.defaults().withSkipKnownSources(true), IngestListener.NONE);
    fetcher = new FeedFetcher(Duration.ofSeconds(5), Duration.ofSeconds(10), 1 << 20, clock);
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
    store.close();
  }

  private FeedPoller poller(String url) {
    return new FeedPoller(url, fetcher, FeedStateFile.load(data),
        new PollSchedule(clock, Duration.ofSeconds(60), Duration.ofSeconds(600)));
  }

  private BatchRunner runner(FeedPoller poller) {
    return new BatchRunner(store, ingester, List.of(poller), List.of(),
        new ReuseBuilder(ReuseOptions.defaults()), new StoryBuilder(ClusteringOptions.defaults(), SummaryOptions.defaults()));
  }

  private Set<String> sourcesOf(Story s) {
    Set<String> out = new HashSet<>();
    for (Story.StoryArticle a : s.articles()) out.add(a.sourceId().substring(a.sourceId().lastIndexOf('/') + 1));
    return out;
  }

  @Test
  void pollsConditionallyAndIngestsOnlyWhatIsNew() throws Exception {
    server.publish(Seeds.rss(FOUR));
    BatchRunner runner = runner(poller(server.url()));

    // First poll: every item is stored and the stories are built.
    WatchBatch first = runner.pass();
    assertNull(server.lastRequest().getFirst("If-None-Match"), "nothing to validate against yet");
    assertEquals("gzip", server.lastRequest().getFirst("Accept-Encoding"), "the server sends the feed gzipped");
    assertEquals(4, first.stored());
    assertNotNull(first.stories());
    Set<Set<String>> groups = new HashSet<>();
    for (Story s : first.stories().stories()) groups.add(sourcesOf(s));
    assertTrue(groups.contains(Set.of("000", "001", "002")), "the three reports of the Paris meeting: " + groups);
    assertEquals(4, store.count());
    String title = store.get(first.passes().get(0).report().storedIds().get(0)).orElseThrow().title();
    assertEquals(Seeds.item("000").title(), title, "the item title, Arabic intact");

    // Not due yet: no request at all.
    assertTrue(runner.pass().passes().isEmpty());
    assertEquals(1, server.requests().size());

    // Due again: the validators go back, the server answers 304, nothing is read or analysed.
    clock.advance(Duration.ofSeconds(60));
    WatchBatch unchanged = runner.pass();
    assertEquals("\"v1\"", server.lastRequest().getFirst("If-None-Match"));
    assertEquals("Sat, 10 Dec 2016 20:01:00 GMT", server.lastRequest().getFirst("If-Modified-Since"));
    assertEquals(1, unchanged.passes().size());
    assertNull(unchanged.passes().get(0).report(), "a 304 reads nothing");
    assertFalse(unchanged.passes().get(0).failed());
    assertEquals(0, unchanged.stored());
    assertNull(unchanged.stories(), "no stories update without new articles");

    // The feed gains one item: exactly that one is stored. A 304 doubled the wait to 2 minutes.
    server.publish(Seeds.rss(List.of("004", "000", "001", "002", "003")));
    clock.advance(Duration.ofSeconds(119));
    assertTrue(runner.pass().passes().isEmpty(), "backed off after the 304");
    clock.advance(Duration.ofSeconds(1));
    WatchBatch update = runner.pass();
    assertEquals(1, update.stored());
    assertEquals(4, update.passes().get(0).report().duplicates());
    String id = update.passes().get(0).report().storedIds().get(0);
    assertEquals("https://news.example/aleppo/004", store.get(id).orElseThrow().sourceId());
    assertEquals(5, store.count());
    assertNotNull(update.stories());
  }

  @Test
  void validatorsSurviveARestart() throws Exception {
    server.publish(Seeds.rss(List.of("000", "001")));
    assertEquals(2, runner(poller(server.url())).pass().stored());
    assertTrue(Files.exists(FeedStateFile.path(data)));
    assertEquals(new FeedValidators("\"v1\"", "Sat, 10 Dec 2016 20:01:00 GMT"),
        FeedStateFile.load(data).get(server.url()));

    // A new watch on the same data dir: its very first poll is conditional.
    WatchBatch again = runner(poller(server.url())).pass();
    assertEquals("\"v1\"", server.lastRequest().getFirst("If-None-Match"));
    assertEquals(0, again.stored());
    assertNull(again.passes().get(0).report(), "304");
  }

  @Test
  void aServerWithoutValidatorsStillStoresNothingTwice() throws Exception {
    server.ignoreValidators();
    server.publish(Seeds.rss(List.of("000", "001")));
    BatchRunner runner = runner(poller(server.url()));
    assertEquals(2, runner.pass().stored());
    clock.advance(Duration.ofSeconds(60));
    WatchBatch again = runner.pass();
    assertEquals(0, again.stored());
    assertEquals(2, again.passes().get(0).report().duplicates());
    assertEquals(2, store.count());
  }

  @Test
  void errorsAreReportedOnOneLineAndRetriedWithBackoff() throws Exception {
    server.publish(Seeds.rss(List.of("000")));
    BatchRunner runner = runner(poller(server.url()));

    server.failNext(500, Map.of());
    SourcePass failed = runner.pass().passes().get(0);
    assertTrue(failed.failed());
    assertEquals("HTTP 500 (Internal Server Error); next try in 2 min", failed.failure());
    clock.advance(Duration.ofSeconds(119));
    assertTrue(runner.pass().passes().isEmpty());
    clock.advance(Duration.ofSeconds(1));

    // 429 with Retry-After beyond the backoff (4 min): the server's hour wins.
    server.failNext(429, Map.of("Retry-After", "3600"));
    SourcePass limited = runner.pass().passes().get(0);
    assertEquals("HTTP 429 (Too Many Requests); next try in 60 min", limited.failure());
    clock.advance(Duration.ofSeconds(3599));
    assertTrue(runner.pass().passes().isEmpty());
    assertEquals(2, server.requests().size());
    clock.advance(Duration.ofSeconds(1));
    WatchBatch recovered = runner.pass();
    assertEquals(1, recovered.stored());
    assertFalse(recovered.passes().get(0).failed());
  }

  @Test
  void anUnreachableServerIsOneLine() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    SourcePass p = runner(poller("http://127.0.0.1:" + port + "/rss.xml")).pass().passes().get(0);
    assertTrue(p.failure().startsWith("cannot connect"), p.failure());
    assertFalse(p.failure().contains("\n"));
  }

  @Test
  void aTruncatedFeedIsReportedAndSkippedAndItsValidatorsAreNotKept() throws Exception {
    String full = Seeds.rss(FOUR);
    server.publish(full.substring(0, full.indexOf("</item>") + 20));
    BatchRunner runner = runner(poller(server.url()));
    SourcePass cut = runner.pass().passes().get(0);
    assertTrue(cut.failed());
    assertTrue(cut.failure().startsWith("truncated XML: feed XML does not parse"), cut.failure());
    assertTrue(cut.failure().endsWith("; next try in 2 min"), cut.failure());
    assertEquals(0, store.count());
    assertFalse(Files.exists(FeedStateFile.path(data)), "a 304 must never hide a feed we could not read");

    // The server fixes its feed: the next poll is unconditional and reads it whole.
    server.publish(full);
    clock.advance(Duration.ofSeconds(120));
    WatchBatch fixed = runner.pass();
    assertNull(server.lastRequest().getFirst("If-None-Match"));
    assertEquals(4, fixed.stored());
  }

  @Test
  void anHtmlPageIsNotAFeed() throws Exception {
    server.publish("<!DOCTYPE html><html><head><title>صيانة</title></head><body><p>الموقع في صيانة</p></body></html>");
    SourcePass p = runner(poller(server.url())).pass().passes().get(0);
    assertEquals("no article text: not an RSS or Atom feed (the body is HTML); next try in 2 min", p.failure());
    assertEquals(0, store.count());
  }
}
