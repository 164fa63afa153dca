package org.marsad.core.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.junit.jupiter.api.Test;

class EventClustererTest {

  /** Seeds in ingest order 000..004 (only 004 is dated, so the caller's sort keeps this order). */
  private static List<Article> seeds() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < 5; i++) out.add(Seeds.analyzed(i));
    return out;
  }

  private static List<Assignment> run(EventClusterer c, List<Article> articles) {
    List<Assignment> out = new ArrayList<>();
    for (Article a : articles) out.add(c.add(a));
    return out;
  }

  @Test
  void seedsGroupAsTheParisMeetingAndTwoSingletons() {
    // Checked by reading the seeds: 000-002 report Kerry at the Paris meeting of 10 Dec 2016, 003 is Kerry
    // heading to Geneva in spring 2016, 004 is Hagi Hasan's press conference in Paris on 30 Nov 2016.
    List<Assignment> as = run(new EventClusterer(ClusteringOptions.defaults()), seeds());
    assertEquals(as.get(0).eventId(), as.get(1).eventId());
    assertEquals(as.get(0).eventId(), as.get(2).eventId());
    assertNotEquals(as.get(0).eventId(), as.get(3).eventId());
    assertNotEquals(as.get(0).eventId(), as.get(4).eventId());
    assertNotEquals(as.get(3).eventId(), as.get(4).eventId());
    assertTrue(as.get(0).newEvent());
    assertFalse(as.get(1).newEvent());
    assertEquals("e000001", as.get(0).eventId());
  }

  @Test
  void sameInputGivesSameIds() {
    List<Assignment> a = run(new EventClusterer(ClusteringOptions.defaults()), seeds());
    List<Assignment> b = run(new EventClusterer(ClusteringOptions.defaults()), seeds());
    assertEquals(a, b);
  }

  @Test
  void resumingFromStateGivesTheResultsOfOneRun() {
    List<Article> all = seeds();
    EventClusterer one = new EventClusterer(ClusteringOptions.defaults());
    List<Assignment> whole = run(one, all);

    EventClusterer first = new EventClusterer(ClusteringOptions.defaults());
    List<Assignment> resumed = new ArrayList<>(run(first, all.subList(0, 2)));
    EventClusterer second = new EventClusterer(ClusteringOptions.defaults(), first.state());
    resumed.addAll(run(second, all.subList(2, all.size())));

    assertEquals(whole, resumed);
    assertEquals(one.events(), second.events());
  }

  @Test
  void aMarkedDuplicateLandsWithItsOriginal() {
    List<Article> all = seeds();
    EventClusterer c = new EventClusterer(ClusteringOptions.defaults());
    run(c, all);
    // 003 (Geneva) text marked as a duplicate of 004: it must follow 004, whatever its words say.
    Article copy = new Article("copy-of-004", null, "other", null, null, null, null, "ar", all.get(3).text(),
        all.get(3).spans(), all.get(4).id(), null, null);
    Assignment a = c.add(copy);
    assertEquals(c.events().stream().filter(e -> e.articleIds().contains(all.get(4).id())).findFirst()
        .orElseThrow().id(), a.eventId());
    assertFalse(a.newEvent());
  }

  @Test
  void eventsListMembersInOrderAndDates() {
    EventClusterer c = new EventClusterer(ClusteringOptions.defaults());
    List<Article> all = seeds();
    run(c, all);
    List<EventSummaryRow> rows = c.events();
    assertEquals(3, rows.size());
    assertEquals(List.of(all.get(0).id(), all.get(1).id(), all.get(2).id()), rows.get(0).articleIds());
    // Only 004 carries a date (2016-11-30), so only its event has first/last seen.
    EventSummaryRow last = rows.get(2);
    assertEquals("2016-11-30", last.firstSeen());
    assertEquals(null, rows.get(0).firstSeen());
  }
}
