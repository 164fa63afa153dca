package org.marsad.ingest.watch;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.Skip;

/**
 * Watches one RSS/Atom feed: polls it when its schedule says so, ingests the items not stored yet, and keeps
 * the feed's validators. Validators are saved only once the items are in the store, and never for a body
 * that did not parse: a 304 must never hide articles we failed to read.
 */
public final class FeedPoller {

  private final URI url;
  private final String label;
  private final FeedFetcher fetcher;
  private final FeedStateFile state;
  private final PollSchedule schedule;

  public FeedPoller(String url, FeedFetcher fetcher, FeedStateFile state, PollSchedule schedule) {
    this.url = URI.create(url);
    // Checked here, once: a URL the HTTP client cannot send must fail the start, not every poll.
    if (this.url.getScheme() == null || !this.url.getScheme().matches("(?i)https?") || this.url.getHost() == null) {
      throw new IllegalArgumentException("not an http(s) feed URL with a host: " + url);
    }
    this.label = url;
    this.fetcher = fetcher;
    this.state = state;
    this.schedule = schedule;
  }

  public String label() {
    return label;
  }

  public boolean isDue() {
    return schedule.isDue();
  }

  /** Polls now, whatever the schedule. Feed failures come back in the pass; only store failures throw. */
  public SourcePass poll(Ingester ingester) throws IOException {
    FeedValidators last = state.get(label);
    FeedResponse response = fetcher.fetch(url, last);
    if (response.failed()) {
      Duration wait = schedule.afterFailure(response.retryAfter());
      return new SourcePass(label, null, response.failure() + "; next try in " + HumanDuration.of(wait));
    }
    if (response.notModified()) {
      schedule.afterNothingNew();
      // A 304 may carry fresh validators; keep the old ones it leaves out.
      FeedValidators now = response.validators();
      state.put(label, new FeedValidators(now.etag() != null ? now.etag() : last.etag(),
          now.lastModified() != null ? now.lastModified() : last.lastModified()));
      return new SourcePass(label, null, null);
    }
    IngestReport report = ingester.ingestFeed(label, response.body());
    Skip unreadable = wholeFeedSkip(report);
    if (unreadable != null) {
      Duration wait = schedule.afterFailure(null);
      return new SourcePass(label, report, unreadable.reason() + ": " + unreadable.detail()
          + "; next try in " + HumanDuration.of(wait));
    }
    state.put(label, response.validators());
    if (report.stored() > 0) schedule.afterNewArticles();
    else schedule.afterNothingNew();
    return new SourcePass(label, report, null);
  }

  /** The skip of the whole body (not one item's), when the feed could not be read at all. */
  private Skip wholeFeedSkip(IngestReport report) {
    for (Skip s : report.skips()) {
      if (s.origin().equals(label)) return s;
    }
    return null;
  }
}
