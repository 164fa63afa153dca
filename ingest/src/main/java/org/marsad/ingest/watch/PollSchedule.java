package org.marsad.ingest.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * When a feed is polled next. A poll that brings new articles keeps the base interval; each poll in a row
 * that brings nothing (unchanged, or failed) doubles the wait, up to a maximum, so a quiet or broken feed
 * costs its server little. A server's Retry-After is a floor: we never come back sooner than it asked.
 * The clock is injected so the schedule can be tested without waiting.
 */
public final class PollSchedule {

  private final Clock clock;
  private final Duration interval;
  private final Duration max;
  private int quietPolls;
  private Instant due;

  public PollSchedule(Clock clock, Duration interval, Duration max) {
    if (interval.isNegative() || interval.isZero()) throw new IllegalArgumentException("interval must be > 0");
    this.clock = clock;
    this.interval = interval;
    this.max = max.compareTo(interval) < 0 ? interval : max;
    this.due = clock.instant(); // the first poll is due at once
  }

  public boolean isDue() {
    return !clock.instant().isBefore(due);
  }

  public Instant due() {
    return due;
  }

  /** New articles arrived: back to the base interval. Returns the wait until the next poll. */
  public Duration afterNewArticles() {
    quietPolls = 0;
    return waitFor(interval);
  }

  /** Nothing new (304, or only items already stored): wait longer. */
  public Duration afterNothingNew() {
    quietPolls++;
    return waitFor(backedOff());
  }

  /** The poll failed; {@code retryAfter} is the server's Retry-After, or null. */
  public Duration afterFailure(Duration retryAfter) {
    quietPolls++;
    Duration wait = backedOff();
    if (retryAfter != null && retryAfter.compareTo(wait) > 0) wait = retryAfter;
    return waitFor(wait);
  }

  /** interval × 2^quietPolls, capped at max (computed without overflow for long quiet streaks). */
  private Duration backedOff() {
    Duration wait = interval;
    for (int i = 0; i < quietPolls && wait.compareTo(max) < 0; i++) wait = wait.multipliedBy(2);
    return wait.compareTo(max) > 0 ? max : wait;
  }

  private Duration waitFor(Duration wait) {
    due = clock.instant().plus(wait);
    return wait;
  }
}
