package org.marsad.core.stories;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
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

  // Merges, on a made-up vocabulary (lower-case Latin words: no stemming, no stop words, nothing name-like),
  // so that what each article shares with the others is known exactly. Two events about the same thing open
  // apart: the first reports share almost nothing (alp* and bra* words, different sha* words). Their second
  // reports share the sha* words, so the two events grow alike; then one article holds all of it.

  /** Words prefix+"aa", prefix+"ab", ... numbered from (inclusive) to (exclusive). */
  private static String words(String prefix, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int i = from; i < to; i++) sb.append(prefix).append((char) ('a' + i / 26)).append((char) ('a' + i % 26)).append(' ');
    return sb.toString();
  }

  private static Article article(String outlet, String date, String words) {
    return Seeds.ANALYZER.analyze(new RawArticle(outlet, outlet, null, null, date, words.strip() + ".\n", false,
        outlet, "text"));
  }

  /** Eight unrelated articles (so the IDF means something), then the two events and the bridging article. */
  private static List<Article> twoEventsThenABridge() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < 8; i++) out.add(article("background" + i, "2020-01-01", words("zz" + (char) ('a' + i), 0, 30)));
    out.add(article("a1", "2020-01-02", words("alp", 0, 10) + words("sha", 0, 6)));
    out.add(article("b1", "2020-01-02", words("bra", 0, 10) + words("sha", 6, 12)));
    out.add(article("a2", "2020-01-02", words("alp", 0, 10) + words("sha", 0, 20) + words("bra", 0, 2)));
    out.add(article("b2", "2020-01-02", words("bra", 0, 10) + words("sha", 0, 20) + words("alp", 0, 2)));
    out.add(article("bridge", "2020-01-03", words("alp", 0, 10) + words("bra", 0, 10) + words("sha", 0, 20)));
    return out;
  }

  @Test
  void anArticleThatMatchesTwoLikeEventsMergesThemIntoTheOlder() {
    EventClusterer c = new EventClusterer(ClusteringOptions.defaults());
    List<Assignment> as = run(c, twoEventsThenABridge());
    Assignment a1 = as.get(8), b1 = as.get(9), a2 = as.get(10), b2 = as.get(11), bridge = as.get(12);
    // Before the bridge: two events in two storylines, each with two reports.
    assertTrue(a1.newEvent() && b1.newEvent());
    assertEquals(a1.eventId(), a2.eventId());
    assertEquals(b1.eventId(), b2.eventId());
    assertNotEquals(a1.storylineId(), b1.storylineId());
    assertEquals(List.of(), a2.mergedEvents());

    // The bridge lands in the older event, which absorbs the younger; the storylines merge the same way.
    assertEquals(a1.eventId(), bridge.eventId());
    assertEquals(List.of(b1.eventId()), bridge.mergedEvents());
    assertEquals(a1.storylineId(), bridge.storylineId());
    EventSummaryRow merged = c.events().stream().filter(e -> e.id().equals(a1.eventId())).findFirst().orElseThrow();
    assertEquals(5, merged.articleIds().size());
    assertEquals(List.of(b1.eventId()), merged.mergedIds());
    assertTrue(c.events().stream().noneMatch(e -> e.id().equals(b1.eventId())), "the younger event is gone");
    // The merged-away id still resolves, to the survivor and its storyline.
    assertEquals(a1.eventId(), c.resolve(b1.eventId()));
    assertEquals(a1.storylineId(), c.storylineOf(b1.eventId()));
    assertEquals(List.of(b1.eventId()), c.mergedIds(a1.eventId()));
  }

  @Test
  void anEventOfOneArticleIsNotMerged() {
    // Without the second reports, each event is one article: the bridge joins the best one and merges nothing.
    List<Article> all = new ArrayList<>(twoEventsThenABridge());
    all.remove(11);
    all.remove(10);
    List<Assignment> as = run(new EventClusterer(ClusteringOptions.defaults()), all);
    assertEquals(List.of(), as.get(as.size() - 1).mergedEvents());
  }

  @Test
  void resumingAtAnyPointGivesTheMergesOfOneRun() {
    List<Article> all = twoEventsThenABridge();
    all.add(article("after", "2020-01-03", words("bra", 0, 10) + words("sha", 0, 10)));
    EventClusterer one = new EventClusterer(ClusteringOptions.defaults());
    List<Assignment> whole = run(one, all);
    for (int split = 1; split < all.size(); split++) {
      EventClusterer first = new EventClusterer(ClusteringOptions.defaults());
      List<Assignment> resumed = new ArrayList<>(run(first, all.subList(0, split)));
      EventClusterer second = new EventClusterer(ClusteringOptions.defaults(), first.state());
      resumed.addAll(run(second, all.subList(split, all.size())));
      assertEquals(whole, resumed, "split at " + split);
      assertEquals(one.events(), second.events(), "split at " + split);
    }
    // The article after the merge, closest to the absorbed event's words, goes to the survivor.
    assertEquals(whole.get(8).eventId(), whole.get(whole.size() - 1).eventId());
  }
}
