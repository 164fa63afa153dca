package org.marsad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ids, determinism, and resuming from a snapshot. */
class ResolverStateTest {

  private static List<List<String>> addAll(EntityResolver resolver, List<TextMentions> articles) {
    List<List<String>> ids = new ArrayList<>();
    for (TextMentions a : articles) ids.add(a.addTo(resolver).ids());
    return ids;
  }

  /** A copy of a state through fresh lists, as a JSON round trip would give: nothing shared. */
  private static ResolverState copied(ResolverState s) {
    List<ResolverState.EntityState> entities = new ArrayList<>();
    for (ResolverState.EntityState e : s.entities()) {
      List<ResolverState.AliasCount> aliases = new ArrayList<>();
      for (ResolverState.AliasCount a : e.aliases()) {
        aliases.add(new ResolverState.AliasCount(new String(a.surface()), a.count()));
      }
      entities.add(new ResolverState.EntityState(e.id(), e.type(), aliases, new ArrayList<>(e.articles())));
    }
    return new ResolverState(s.version(), entities);
  }

  @Test
  void addingTheSeedsInTwoHalvesAcrossASnapshotEqualsOneRun() {
    List<TextMentions> seeds = SeedCorpus.articles();
    EntityResolver once = new EntityResolver();
    List<List<String>> idsOnce = addAll(once, seeds);

    EntityResolver first = new EntityResolver();
    List<List<String>> ids = addAll(first, seeds.subList(0, 2));
    EntityResolver resumed = EntityResolver.restore(copied(first.snapshot()));
    ids.addAll(addAll(resumed, seeds.subList(2, 5)));

    assertEquals(idsOnce, ids);
    assertEquals(once.snapshot(), resumed.snapshot());
    assertEquals(List.copyOf(once.all()), List.copyOf(resumed.all()));
  }

  @Test
  void theSameInputGivesTheSameIds() {
    EntityResolver a = new EntityResolver();
    EntityResolver b = new EntityResolver();
    assertEquals(addAll(a, SeedCorpus.articles()), addAll(b, SeedCorpus.articles()));
    assertEquals(a.snapshot(), b.snapshot());
  }

  @Test
  void idsFollowFirstAppearanceAndDoNotMove() {
    EntityResolver r = new EntityResolver();
    // In seed 004 the first names are «بريتا حاجي حسن», then «حلب» (in «في حلب السورية»).
    var s4 = SeedCorpus.seed4().addTo(r);
    assertEquals("n000001", s4.id("بريتا حاجي حسن"));
    assertEquals("n000002", s4.id("حلب"));
    // Adding another article gives new ids after the old ones and keeps the old ones.
    var s1 = SeedCorpus.seed1().addTo(r);
    assertEquals("n000001", s1.id("بريتا حجي حسن"));
    assertEquals("n000002", s1.id("حلب"));
    assertEquals("بريتا حاجي حسن", r.get("n000001").name());
  }

  @Test
  void aSnapshotDoesNotChangeWithLaterAdditions() {
    EntityResolver r = new EntityResolver();
    SeedCorpus.seed0().addTo(r);
    ResolverState before = r.snapshot();
    ResolverState copy = copied(before);
    SeedCorpus.seed1().addTo(r);
    assertEquals(copy, before);
  }

  @Test
  void unknownIdsGiveNull() {
    EntityResolver r = new EntityResolver();
    SeedCorpus.seed0().addTo(r);
    assertNull(r.get("n000000"));
    assertNull(r.get("n999999"));
    assertNull(r.get("n1")); // not zero-padded: not an id this resolver gives
    assertNull(r.get("x"));
    assertNull(r.get(null));
  }

  @Test
  void mentionsMustBelongToTheArticleAdded() {
    EntityResolver r = new EntityResolver();
    List<Mention> ms = List.of(new Mention("a", 0, 4, "حلب", EntityType.LOC));
    assertThrows(IllegalArgumentException.class, () -> r.add("b", ms));
  }

  @Test
  void anUnknownStateVersionIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> EntityResolver.restore(new ResolverState(99, List.of())));
  }
}
