package org.marsad.store;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;
import org.marsad.store.search.Snippet;

/** Acceptance tests on the five Aleppo seeds, built by hand in {@link Seeds}. */
class ArticleStoreTest {

  @TempDir Path dir;

  /** A small fake signature per seed: distinct values, some above 32 bits for seed 4. */
  static long[] signature(int seed) {
    long[] sig = new long[16];
    for (int i = 0; i < sig.length; i++) sig[i] = seed * 1000L + i + (seed == 4 ? 1L << 40 : 0);
    return sig;
  }

  /** Line keys: every seed has its own first-line key; seeds 0, 2, 4 share an outlet-footer key. */
  static List<String> lineKeys(int seed) {
    List<String> keys = new ArrayList<>(List.of("first:" + seed));
    if (seed % 2 == 0) keys.add("footer");
    return keys;
  }

  private ArticleStore openWithSeeds() throws Exception {
    ArticleStore store = ArticleStore.open(dir);
    List<Article> seeds = Seeds.all();
    for (int i = 0; i < seeds.size(); i++) store.add(seeds.get(i), signature(i), lineKeys(i));
    store.commit();
    return store;
  }

  private static Set<String> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::id).collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void deMisturaIsFoundInExactlyTheThreeSeedsThatNameHim() throws Exception {
    // grep «دي ميستورا» samples/aleppo-2016: 001 once, 003 twice, 004 once, 000 and 002 never.
    try (ArticleStore store = openWithSeeds()) {
      SearchResults words = store.search("دي ميستورا", 10);
      assertEquals(Set.of("seed-001", "seed-003", "seed-004"), ids(words));
      assertEquals(3, words.totalHits());
      SearchResults phrase = store.search("\"دي ميستورا\"", 10);
      assertEquals(Set.of("seed-001", "seed-003", "seed-004"), ids(phrase));
    }
  }

  @Test
  void queryWithoutHamzaFindsTheHamzaSpelling() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      // «الأمريكي» (hamza, ر before ي) is written only in 000. Seed 002 has no «الأمريكي»: it has
      // «الأميركي» (other spelling) and the accusative «أمريكيا», which the light stemmer keeps as
      // «امريكيا», not «امريك»; so 000 is the only match.
      assertEquals(Set.of("seed-000"), ids(store.search("الامريكي", 10)));
      // «الأميركي» spelling: 001 and 002 with hamza, 003 without («الاميركي»).
      assertEquals(Set.of("seed-001", "seed-002", "seed-003"), ids(store.search("الاميركي", 10)));
      // Diacritics typed in the query do not matter either.
      assertEquals(Set.of("seed-000"), ids(store.search("الأَمْرِيكِي", 10)));
    }
  }

  @Test
  void quotedWordsMatchOnlyAsAPhrase() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      // «جرائم ضد الإنسانية» is written in 000 and 001 (grep), in that order.
      assertEquals(Set.of("seed-000", "seed-001"), ids(store.search("\"جرائم ضد الإنسانية\"", 10)));
      // The same three words in another order are no phrase anywhere, but all occur in 000 and 001.
      assertEquals(0, store.search("\"الإنسانية ضد جرائم\"", 10).totalHits());
      assertEquals(Set.of("seed-000", "seed-001"), ids(store.search("الإنسانية ضد جرائم", 10)));
    }
  }

  @Test
  void userInputNeverThrows() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      String[] inputs = {
        "\"دي ميستورا", "دي ميستورا\"", "\"\"\"", "(+-*~\\ \" حلب", "AND OR NOT", "*", "?", "\\",
        "حلب^2 [1 TO 5] {x} /re/ && || !", "", "   ", "في من على", "…؟!،", null,
        "حلب ".repeat(5000)
      };
      for (String input : inputs) {
        SearchResults r = assertDoesNotThrow(() -> store.search(input, 10), "query: " + input);
        assertNotNull(r.hits());
      }
      // An unclosed quote still finds the words; the special characters are dropped as text.
      assertEquals(Set.of("seed-001", "seed-003", "seed-004"), ids(store.search("\"دي ميستورا", 10)));
      assertEquals(5, store.search("(+-*~\\ \" حلب", 10).totalHits()); // every seed names Aleppo
      assertEquals(0, store.search("في من على", 10).totalHits()); // only stop words: no query
    }
  }

  @Test
  void boilerplateIsStoredButNotSearchable() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      // «تلقائيا» and «الإبلاغ» occur only in 002's photo prompt, «بجنيف» and «يعلن» only in 000's
      // read-also line (grep): marked BOILERPLATE, they find nothing.
      for (String word : List.of("تلقائيا", "الإبلاغ", "بجنيف", "يعلن")) {
        assertEquals(0, store.search(word, 10).totalHits(), word);
      }
      // The text itself is unchanged.
      assertTrue(store.get("seed-002").orElseThrow().text().contains("الإبلاغ"));
      assertTrue(store.get("seed-000").orElseThrow().text().contains("بجنيف"));
      // A word of 002's real content is found.
      assertEquals(Set.of("seed-002"), ids(store.search("الكلور", 10)));
    }
  }

  @Test
  void snippetsAreSlicesOfTheTextWithTheMatchesMarked() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      SearchResults r = store.search("دي ميستورا", 10);
      for (SearchHit hit : r.hits()) {
        String text = store.get(hit.id()).orElseThrow().text();
        Snippet s = hit.snippet();
        assertNotNull(s, hit.id());
        assertEquals(text.substring(s.start(), s.start() + s.text().length()), s.text());
        assertTrue(s.text().length() <= 300, "snippet length " + s.text().length());
        Set<String> marked = new TreeSet<>();
        for (Snippet.Highlight h : s.highlights()) marked.add(s.text().substring(h.start(), h.end()));
        assertEquals(Set.of("دي", "ميستورا"), marked, hit.id());
        assertEquals(Seeds.OUTLET, hit.outlet());
        assertTrue(hit.score() > 0);
      }
      // A phrase is one highlight (weight matches), so it reads as one marked range.
      Snippet phrase = store.search("\"دي ميستورا\"", 1).hits().get(0).snippet();
      assertTrue(phrase.marked("[", "]").contains("[دي ميستورا]"), phrase.marked("[", "]"));
    }
  }

  @Test
  void articlesRoundTripExactlyWithAllTheirSpans() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      for (Article a : Seeds.all()) {
        Article back = store.get(a.id()).orElseThrow();
        assertEquals(a, back); // record equality: every field, and the span list in order
        assertEquals(a.spans(SpanKind.TOKEN).size(), back.spans(SpanKind.TOKEN).size());
      }
      Article prompt = store.get("seed-002").orElseThrow();
      Span boilerplate = prompt.spans(SpanKind.BOILERPLATE).get(0);
      assertEquals(Seeds.PROMPT_NOTE, boilerplate.note());
      assertTrue(boilerplate.textOf(prompt.text()).startsWith("سيتم حجب هذه الصورة"));
      assertTrue(store.get("no-such-id").isEmpty());
    }
  }

  @Test
  void reopeningKeepsEverything() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      assertEquals(5, store.count());
    }
    try (ArticleStore store = ArticleStore.open(dir)) {
      assertEquals(5, store.count());
      for (int i = 0; i < 5; i++) {
        assertTrue(store.containsId(Seeds.id(i)));
        assertTrue(store.containsSource(Seeds.OUTLET, Seeds.files().get(i).getFileName().toString()));
        assertEquals(Seeds.article(i, Seeds.id(i)), store.get(Seeds.id(i)).orElseThrow());
        assertArrayEquals(signature(i), store.signature(Seeds.id(i)).orElseThrow());
      }
      assertFalse(store.containsId("seed-009"));
      assertFalse(store.containsSource("other-outlet", Seeds.files().get(0).getFileName().toString()));
      assertEquals(Set.of("seed-001", "seed-003", "seed-004"), ids(store.search("دي ميستورا", 10)));
      assertEquals(3, store.lineFrequency("footer"));
      // Adding after reopening continues the insertion order.
      store.add(Seeds.article(1, "copy-of-001"), signature(7), List.of("footer"));
      List<String> order = new ArrayList<>();
      store.forEachSignature((id, sig) -> order.add(id));
      assertEquals(List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004", "copy-of-001"), order);
    }
    try (ArticleStore readOnly = ArticleStore.openReadOnly(dir)) {
      assertTrue(readOnly.isReadOnly());
      assertEquals(6, readOnly.count()); // close() committed the copy
      assertTrue(readOnly.containsId("copy-of-001"));
      assertEquals(Seeds.article(3, Seeds.id(3)), readOnly.get(Seeds.id(3)).orElseThrow());
      assertThrows(UnsupportedOperationException.class, readOnly::commit);
    }
  }

  @Test
  void lineKeysCountCommittedAndUncommittedArticles() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      assertEquals(3, store.lineFrequency("footer"));
      assertEquals(1, store.lineFrequency("first:3"));
      assertEquals(0, store.lineFrequency("never"));
      store.add(Seeds.article(0, "later"), signature(5), List.of("footer", "footer", "new-line"));
      // Not committed, not refreshed: still counted, and a repeated key counts once per article.
      assertEquals(4, store.lineFrequency("footer"));
      assertEquals(1, store.lineFrequency("new-line"));
      assertEquals(List.of("seed-000", "seed-002", "seed-004", "later"), store.idsWithLineKey("footer"));
      store.commit();
      assertEquals(4, store.lineFrequency("footer"));
      assertEquals(List.of("seed-000", "seed-002", "seed-004", "later"), store.idsWithLineKey("footer"));
    }
  }

  @Test
  void lineFrequenciesCountsManyKeysAtOnceAsLineFrequencyDoes() throws Exception {
    // Seeds: footer on 0, 2, 4 (3 articles); first:i on seed i only.
    try (ArticleStore store = openWithSeeds()) {
      List<String> asked = List.of("footer", "first:1", "never", "footer"); // a repeat counts once
      assertEquals(Map.of("footer", 3, "first:1", 1), store.lineFrequencies(asked));
      assertEquals(Map.of(), store.lineFrequencies(List.of()));

      // Uncommitted and unrefreshed additions count; a key repeated in one article counts once.
      store.add(Seeds.article(0, "later"), signature(5), List.of("footer", "footer", "new-line"));
      assertEquals(Map.of("footer", 4, "new-line", 1), store.lineFrequencies(Set.of("footer", "new-line")));

      // An update re-adds the same keys: still one article each, before and after the refresh that
      // turns the old version into a deleted document in its segment.
      Article seed2 = store.get("seed-002").orElseThrow();
      store.update(seed2.withDuplicateOf("seed-000"));
      store.update(store.get("later").orElseThrow().withDuplicateOf("seed-000"));
      assertEquals(Map.of("footer", 4, "new-line", 1, "first:2", 1),
          store.lineFrequencies(List.of("footer", "new-line", "first:2")));
      store.refresh();
      assertEquals(Map.of("footer", 4, "new-line", 1, "first:2", 1),
          store.lineFrequencies(List.of("footer", "new-line", "first:2")));
      store.commit();
    }
    try (ArticleStore store = ArticleStore.open(dir)) { // across a reopen
      Map<String, Integer> counts =
          store.lineFrequencies(List.of("footer", "new-line", "first:0", "first:4", "never"));
      assertEquals(Map.of("footer", 4, "new-line", 1, "first:0", 1, "first:4", 1), counts);
      for (String key : List.of("footer", "new-line", "first:0", "never")) {
        assertEquals(store.lineFrequency(key), counts.getOrDefault(key, 0), key);
      }
    }
  }

  @Test
  void lineFrequenciesSeeksFewKeysInABigDictionary() throws Exception {
    // 200 distinct keys in the index and 3 asked: the seek path (not the dictionary walk) answers.
    try (ArticleStore store = ArticleStore.open(dir)) {
      List<Article> seeds = Seeds.all();
      for (int i = 0; i < 20; i++) {
        List<String> keys = new ArrayList<>();
        for (int k = 0; k < 10; k++) keys.add("k" + (i * 10 + k)); // each key once...
        keys.add("shared:" + (i % 4)); // ...and four keys shared by five articles each
        store.add(CrashChild.article(seeds, i), null, keys);
      }
      store.commit();
      store.refresh();
      assertEquals(Map.of("k7", 1, "shared:3", 5), store.lineFrequencies(List.of("k7", "shared:3", "k999")));
      assertEquals(1, store.lineFrequency("k7"));
    }
  }

  @Test
  void commitDoesNotRefreshButReadsSeeEverything() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      store.add(Seeds.article(1, "late"), signature(6), List.of("footer"));
      store.commit();
      // Committed but not yet visible to the searchers: the next read that needs it refreshes.
      assertTrue(store.refresh());
      assertFalse(store.refresh());
      store.add(Seeds.article(2, "later"), null, List.of());
      store.commit();
      assertEquals(7, store.stats().articles()); // refreshed on demand
      assertEquals(Seeds.article(2, "later"), store.get("later").orElseThrow());
    }
  }

  @Test
  void updateReplacesTheArticleAndKeepsSignatureLineKeysAndOrder() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      Article old = store.get("seed-000").orElseThrow();
      String text = "نص جديد عن مدينة قرطاج";
      Article replaced = new Article(old.id(), old.sourceId(), old.outlet(), old.url(), "قرطاج",
          old.published(), old.publishedFrom(), "ar", text, List.of(new Span(SpanKind.TOKEN, 0, 2)),
          "seed-001", old.origin(), old.format());
      store.update(replaced);
      assertEquals(replaced, store.get("seed-000").orElseThrow());
      assertArrayEquals(signature(0), store.signature("seed-000").orElseThrow());
      assertEquals(3, store.lineFrequency("footer")); // updated, not added: no double count
      assertEquals(List.of("seed-000", "seed-002", "seed-004"), store.idsWithLineKey("footer"));
      assertEquals(Set.of("seed-000"), ids(store.search("قرطاج", 10)));
      assertFalse(ids(store.search("كيري", 10)).contains("seed-000")); // old text is gone
      store.update(replaced.withDuplicateOf("seed-002")); // twice before a refresh
      store.commit();
      List<String> order = new ArrayList<>();
      store.forEachSignature((id, sig) -> order.add(id));
      assertEquals(List.of("seed-000", "seed-001", "seed-002", "seed-003", "seed-004"), order);
      assertEquals(5, store.count());
      assertEquals(1, store.stats().nearDuplicates());
      assertThrows(IllegalArgumentException.class, () -> store.update(Seeds.article(1, "unknown")));
      assertThrows(IllegalArgumentException.class,
          () -> store.add(Seeds.article(1, "seed-001"), null, List.of()));
    }
  }

  @Test
  void listIsSortedByPublicationInstantUnknownLast() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      // 004 2016-11-30; 000 2016-12-10 (midnight UTC) before 001 2016-12-10T18:30+03:00 (15:30 UTC);
      // 002 2016-12-11; 003 has no date.
      List<String> all = store.list(0, 10).stream().map(ArticleRow::id).toList();
      assertEquals(List.of("seed-004", "seed-000", "seed-001", "seed-002", "seed-003"), all);
      assertEquals(List.of("seed-000", "seed-001"), store.list(1, 2).stream().map(ArticleRow::id).toList());
      assertEquals(List.of(), store.list(10, 5));
      ArticleRow row = store.list(0, 1).get(0);
      assertEquals("2016-11-30", row.published());
      assertEquals("ar", row.language());
      assertEquals("text", row.format());
      assertEquals(Seeds.files().get(4).getFileName().toString(), row.sourceId());
    }
  }

  @Test
  void statsCountArticlesSpansAndDates() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      long tokens = 0;
      for (Article a : Seeds.all()) tokens += a.spans(SpanKind.TOKEN).size();
      StoreStats stats = store.stats();
      assertEquals(5, stats.articles());
      assertEquals(0, stats.nearDuplicates());
      assertEquals(5L, stats.byOutlet().get(Seeds.OUTLET));
      assertEquals(5L, stats.byLanguage().get("ar"));
      assertEquals(5L, stats.byFormat().get("text"));
      assertEquals("2016-11-30", stats.firstPublished());
      assertEquals("2016-12-11", stats.lastPublished());
      assertEquals(tokens, stats.spansByKind().get("token"));
      assertEquals(5L, stats.spansByKind().get("headline"));
      assertEquals(3L, stats.spansByKind().get("boilerplate")); // one prompt, two read-also lines
      assertTrue(stats.indexBytes() > 0);
    }
  }

  @Test
  void aSecondWriterIsRefusedWhileReadersStillWork() throws Exception {
    try (ArticleStore store = openWithSeeds()) {
      StoreInUseException e = assertThrows(StoreInUseException.class, () -> ArticleStore.open(dir));
      assertEquals("store at " + dir + " is in use by another process", e.getMessage());
      store.add(Seeds.article(0, "uncommitted"), null, List.of());
      try (ArticleStore reader = ArticleStore.openReadOnly(dir)) {
        assertEquals(5, reader.count()); // sees the last commit only
        assertFalse(reader.containsId("uncommitted"));
        store.commit();
        assertTrue(reader.refresh());
        assertEquals(6, reader.count());
        assertTrue(reader.containsId("uncommitted"));
        assertTrue(reader.signature("uncommitted").isEmpty()); // added without a signature
      }
    }
  }

  @Test
  void readOnlyOpenOfAMissingStoreFailsClearly() {
    Exception e = assertThrows(java.nio.file.NoSuchFileException.class,
        () -> ArticleStore.openReadOnly(dir.resolve("nothing-here")));
    assertTrue(e.getMessage().contains("no store"), e.getMessage());
  }
}
