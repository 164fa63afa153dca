package org.marsad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The resolver on a generated corpus with a known answer: every person, place and organisation is one
 * entity, no two share one, every family name alone goes to the person meant, and resuming from a
 * snapshot halfway gives the same ids. A correctness check at scale, not a benchmark: it asserts no time.
 * {@code -Dmarsad.entities.articles=56000} runs it on a million mentions and prints how long it took.
 */
class ScaleTest {

  private static final int ARTICLES = Integer.getInteger("marsad.entities.articles", 3000);

  @Test
  void aGeneratedCorpusResolvesToItsKnownEntities() {
    SyntheticCorpus corpus = new SyntheticCorpus(42, Math.max(1000, ARTICLES / 3));
    List<List<SyntheticCorpus.Truth>> articles = new ArrayList<>();
    for (int a = 0; a < ARTICLES; a++) articles.add(corpus.article("a" + a));

    EntityResolver resolver = new EntityResolver();
    long t0 = System.nanoTime();
    List<List<String>> ids = addAll(resolver, articles, 0, ARTICLES);
    double seconds = (System.nanoTime() - t0) / 1e9;
    int mentions = articles.stream().mapToInt(List::size).sum();
    System.out.printf("entities: %d articles, %d mentions, %d entities in %.2f s%n",
        ARTICLES, mentions, resolver.size(), seconds);

    Map<String, String> thingOfId = new HashMap<>();
    Map<String, String> idOfThing = new HashMap<>();
    for (int a = 0; a < ARTICLES; a++) {
      for (int i = 0; i < articles.get(a).size(); i++) {
        SyntheticCorpus.Truth t = articles.get(a).get(i);
        String thing = t.kind() + ":" + t.thing();
        String id = ids.get(a).get(i);
        // One id per thing, one thing per id: nothing split, nothing merged.
        assertEquals(id, idOfThing.computeIfAbsent(thing, k -> id), () -> thing + " in " + t.mention());
        assertEquals(thing, thingOfId.computeIfAbsent(id, k -> thing), () -> id + " for " + t.mention());
      }
    }

    int half = ARTICLES / 2;
    EntityResolver first = new EntityResolver();
    List<List<String>> resumedIds = addAll(first, articles, 0, half);
    EntityResolver resumed = EntityResolver.restore(first.snapshot());
    resumedIds.addAll(addAll(resumed, articles, half, ARTICLES));
    assertEquals(ids, resumedIds);
    assertEquals(resolver.snapshot(), resumed.snapshot());
  }

  private static List<List<String>> addAll(
      EntityResolver resolver, List<List<SyntheticCorpus.Truth>> articles, int from, int to) {
    List<List<String>> out = new ArrayList<>();
    for (int a = from; a < to; a++) {
      List<Mention> ms = new ArrayList<>();
      for (SyntheticCorpus.Truth t : articles.get(a)) ms.add(t.mention());
      out.add(resolver.add("a" + a, ms));
    }
    return out;
  }
}
