package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Article;

/** The extractor stays linear on text built to trip it: stray quote marks, verbs with no cue, no stops. */
class LongTextTest {

  @Test
  void aLongUnpunctuatedRunOfVerbsAndStrayMarksIsReadQuickly() {
    StringBuilder b = new StringBuilder();
    // One sentence with no stop: every verb would rescan it if anything looked back to its start.
    for (int i = 0; i < 20_000; i++) b.append("وقال الوزير «في إن وأضاف ");
    Article a = HandTagged.text(b.toString()).article();
    List<Quote> quotes = assertTimeoutPreemptively(Duration.ofSeconds(5),
        () -> new QuoteExtractor().extract(a));
    // The first «وقال الوزير «في إن» finds its cue; with no comma before any later verb, its clause runs to
    // the end of the one sentence and covers every later verb, so one quote, and the «s never close.
    assertEquals(1, quotes.size());
  }
}
