package org.marsad.core.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;

class ReuseIndexTest {

  private static final String STOCK =
      "تابعوا آخر الأخبار العاجلة على قناتنا في تطبيق تلغرام واشتركوا في النشرة البريدية اليومية";

  /**
   * Seeds 000 and 002 share agency paragraphs with 001 (see PassageAlignerSeedsTest); 003 and 004 only share
   * names and stock phrases («المرصد السوري لحقوق الإنسان» alone makes two 3-word seeds). Queried with 001,
   * the index ranks 000 first and 002 second, both with more shared seeds than 003 or 004 (which the aligner
   * then rejects: candidates are a cheap filter, not the verdict).
   */
  @Test
  void ranksTheSeedsThatShareCopyFirst() {
    ReuseIndex index = new ReuseIndex(ReuseOptions.defaults());
    for (int n : new int[] {0, 2, 3, 4}) index.add(n, ReuseText.of(Seeds.text(n)));
    List<ReuseIndex.Candidate> c = index.candidates(ReuseText.of(Seeds.text(1)), 10);
    assertEquals(List.of(0, 2), c.stream().limit(2).map(ReuseIndex.Candidate::docId).toList());
    int others = c.stream().skip(2).mapToInt(ReuseIndex.Candidate::sharedSeeds).max().orElse(0);
    assertTrue(c.get(1).sharedSeeds() > others, c.toString());
  }

  /**
   * With maxSeedDocs 2, a stock line held by two documents still makes them candidates; once a third holds
   * it, its seeds count for nothing and no document is offered for it.
   */
  @Test
  void seedsInTooManyDocumentsStopCounting() {
    ReuseOptions options = new ReuseOptions(8, 3, 0, 4, 0.5, 4, 3, 1, 2, 2);
    ReuseIndex index = new ReuseIndex(options);
    ReuseText stock = ReuseText.of(STOCK);
    index.add(10, stock);
    index.add(11, stock);
    assertEquals(List.of(10, 11), index.candidates(stock, 5).stream().map(ReuseIndex.Candidate::docId).toList());
    index.add(12, stock);
    assertEquals(List.of(), index.candidates(stock, 5));
  }

  /** The most shared first, and no more than asked for. */
  @Test
  void ranksByKeptSharedSeedsAndCuts() {
    ReuseIndex index = new ReuseIndex(new ReuseOptions(8, 3, 0, 4, 0.5, 4, 3, 1, 200, 1));
    String s000 = Seeds.text(0);
    index.add(1, ReuseText.of(s000.substring(0, 200)));
    index.add(2, ReuseText.of(s000));
    List<ReuseIndex.Candidate> c = index.candidates(ReuseText.of(s000), 1);
    assertEquals(1, c.size());
    assertEquals(2, c.get(0).docId());
  }
}
