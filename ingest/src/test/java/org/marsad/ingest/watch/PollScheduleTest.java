package org.marsad.ingest.watch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PollScheduleTest {

  static final Instant T0 = Instant.parse("2016-12-10T18:00:00Z");

  private static Duration s(long seconds) {
    return Duration.ofSeconds(seconds);
  }

  @Test
  void quietPollsDoubleTheWaitUpToTheMaximumAndNewArticlesResetIt() {
    TestClock clock = new TestClock(T0);
    PollSchedule schedule = new PollSchedule(clock, s(60), s(600));
    assertTrue(schedule.isDue(), "a new feed is polled at once");
    assertEquals(s(120), schedule.afterNothingNew());
    assertEquals(s(240), schedule.afterNothingNew());
    assertEquals(s(480), schedule.afterNothingNew());
    assertEquals(s(600), schedule.afterNothingNew(), "capped");
    assertEquals(s(600), schedule.afterNothingNew());
    assertEquals(s(60), schedule.afterNewArticles(), "new items: back to the interval");
    assertEquals(s(120), schedule.afterNothingNew());
  }

  @Test
  void theFeedIsDueExactlyWhenItsWaitHasPassed() {
    TestClock clock = new TestClock(T0);
    PollSchedule schedule = new PollSchedule(clock, s(60), s(600));
    schedule.afterFailure(null);
    assertEquals(T0.plusSeconds(120), schedule.due());
    clock.advance(s(119));
    assertFalse(schedule.isDue());
    clock.advance(s(1));
    assertTrue(schedule.isDue());
  }

  @Test
  void failuresBackOffLikeQuietPollsAndRetryAfterIsAFloor() {
    TestClock clock = new TestClock(T0);
    PollSchedule schedule = new PollSchedule(clock, s(60), s(600));
    assertEquals(s(120), schedule.afterFailure(null), "a 500");
    assertEquals(s(240), schedule.afterFailure(s(30)), "Retry-After shorter than the backoff: the backoff");
    assertEquals(s(3600), schedule.afterFailure(s(3600)), "Retry-After longer than the backoff and the max: honoured");
    assertEquals(s(600), schedule.afterFailure(null), "then the capped backoff again");
    assertEquals(s(60), schedule.afterNewArticles());
  }

  @Test
  void aMaximumBelowTheIntervalIsTheInterval() {
    PollSchedule schedule = new PollSchedule(new TestClock(T0), s(300), s(60));
    assertEquals(s(300), schedule.afterNothingNew());
  }

  @Test
  void longQuietStreaksDoNotOverflow() {
    PollSchedule schedule = new PollSchedule(new TestClock(T0), s(1), Duration.ofDays(365));
    Duration last = null;
    for (int i = 0; i < 200; i++) last = schedule.afterNothingNew();
    assertEquals(Duration.ofDays(365), last);
  }

  @Test
  void retryAfterIsSecondsOrAnHttpDate() {
    assertEquals(s(120), RetryAfter.parse("120", T0));
    assertEquals(s(90), RetryAfter.parse("Sat, 10 Dec 2016 18:01:30 GMT", T0));
    assertEquals(Duration.ZERO, RetryAfter.parse("Sat, 10 Dec 2016 17:00:00 GMT", T0), "a date already passed");
    assertNull(RetryAfter.parse("soon", T0));
    assertNull(RetryAfter.parse(null, T0));
    assertNull(RetryAfter.parse("-5", T0));
  }

  @Test
  void waitsReadAsAPersonSaysThem() {
    assertEquals("45 s", HumanDuration.of(s(45)));
    assertEquals("4 min", HumanDuration.of(s(240)));
    assertEquals("2 h", HumanDuration.of(s(7200)));
    assertEquals("2 h 30 min", HumanDuration.of(s(9000)));
  }
}
