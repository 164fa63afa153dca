package org.marsad.core.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;

class TimelineBuilderTest {

  private static Article published(Article a, String date) {
    return new Article(a.id(), a.sourceId(), a.outlet(), a.url(), a.title(), date, a.publishedFrom(), a.language(),
        a.text(), a.spans(), a.duplicateOf(), a.origin(), a.format());
  }

  @Test
  void seed003IsPlacedOnTheCalendarOldestFirstAndCited() {
    // Seed 003 (Kerry to Geneva) was published Sunday 1 May 2016; its dated statements run from the start of
    // the war («منذ عام 2011») through the February truce to the weekend's bombing.
    Article a = published(Seeds.analyzed(3), "2016-05-01");
    List<TimelineEntry> timeline = new TimelineBuilder().build(List.of(a));
    assertTrue(timeline.size() >= 5, timeline.toString());
    for (int i = 1; i < timeline.size(); i++) {
      assertTrue(!timeline.get(i).date().isBefore(timeline.get(i - 1).date()), "oldest first: " + timeline);
    }
    TimelineEntry war = timeline.get(0);
    assertEquals(LocalDate.of(2011, 1, 1), war.date(), "the war's start comes first");
    assertTrue(war.since());
    for (TimelineEntry e : timeline) {
      assertEquals(e.text(), a.text().substring(e.start(), e.end()), "each entry cites its sentence exactly");
      assertTrue(e.dateStart() >= e.start() && e.dateEnd() <= e.end(), "the date lies in the sentence");
    }
    assertTrue(timeline.stream().anyMatch(e -> e.date().equals(LocalDate.of(2016, 2, 27))), "the 27 February truce");
  }

  @Test
  void aSentenceCopiedByTwoOutletsIsToldOnce() {
    Article a = published(Seeds.analyzed(3), "2016-05-01");
    Article copy = new Article("copy", "c", "other", null, null, "2016-05-01", a.publishedFrom(), a.language(),
        a.text(), a.spans(), null, null, "text");
    assertEquals(new TimelineBuilder().build(List.of(a)).size(), new TimelineBuilder().build(List.of(a, copy)).size());
  }
}
