package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.marsad.core.normalize.MatchNormalizer;

class WordClusterBuilderTest {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  /** Small enough for a corpus of a few dozen words. */
  private static ClusterOptions small() {
    return ClusterOptions.defaults().withMinCount(3).withContextWords(40).withDimensions(8)
        .withLevels(List.of(3, 6)).withFittedWords(1000).withSeed(7);
  }

  @Test
  void theSameTextsAndSeedGiveTheSameBytesWhateverTheThreads() throws Exception {
    List<String> texts = SyntheticNews.articles(300, 1);
    byte[] once = Tables.gzipped(WordClusterBuilder.build(texts, small().withThreads(1)));
    byte[] again = Tables.gzipped(WordClusterBuilder.build(texts, small().withThreads(1)));
    byte[] onFour = Tables.gzipped(WordClusterBuilder.build(texts, small().withThreads(4)));
    assertArrayEquals(once, again);
    assertArrayEquals(once, onFour);
  }

  @Test
  void citiesClusterWithCitiesAndPeopleWithPeople() throws Exception {
    WordClusterTable table = WordClusterBuilder.build(SyntheticNews.articles(400, 2), small());
    WordClusters clusters = WordClusters.read(new ByteArrayInputStream(Tables.gzipped(table)));
    Set<String> cities = clustersOf(clusters, SyntheticNews.CITIES, 6);
    Set<String> people = clustersOf(clusters, SyntheticNews.PEOPLE, 6);
    Set<String> verbs = clustersOf(clusters, SyntheticNews.VERBS, 6);
    assertEquals(1, cities.size(), "cities: " + cities);
    assertEquals(1, people.size(), "people: " + people);
    assertEquals(1, verbs.size(), "verbs: " + verbs);
    assertNotEquals(cities, people);
    assertNotEquals(cities, verbs);
    assertNotEquals(people, verbs);
    // Three clusters are too few to part cities from people, but names still stay apart from verbs.
    Set<String> names = new HashSet<>(clustersOf(clusters, SyntheticNews.CITIES, 3));
    names.addAll(clustersOf(clusters, SyntheticNews.PEOPLE, 3));
    assertEquals(1, names.size(), "names: " + names);
    assertNotEquals(names, clustersOf(clusters, SyntheticNews.VERBS, 3));
  }

  @Test
  void rareWordsAreLeftOutAndCountedWordsComeMostFrequentFirst() {
    List<String> texts = List.of("شمس شمس شمس قمر قمر قمر قمر نجم", "شمس قمر نجم");
    WordClusterTable table = WordClusterBuilder.build(texts, small());
    assertEquals(List.of("قمر", "شمس"), table.words());
    assertArrayEquals(new int[] {5, 4}, table.counts());
    assertEquals(2, table.texts());
    assertEquals(11, table.tokens());
  }

  @Test
  void aTinyOrEmptyCorpusStillGivesATable() {
    // Fewer words and contexts than the default levels and dimensions: each word gets a cluster anyway.
    WordClusterTable tiny =
        WordClusterBuilder.build(List.of("شمس قمر شمس قمر نجم"), ClusterOptions.defaults().withMinCount(1));
    assertEquals(3, tiny.size());
    assertEquals(List.of(0, 1, 2), List.of(tiny.cluster(1024, 0), tiny.cluster(1024, 1), tiny.cluster(1024, 2)));
    assertEquals(0, WordClusterBuilder.build(List.<String>of(), small()).size());
  }

  @Test
  void wordsAreKeyedByTheirMatchingForm() throws Exception {
    List<String> texts = SyntheticNews.articles(200, 3);
    WordClusterTable table = WordClusterBuilder.build(texts, small());
    WordClusters clusters = WordClusters.read(new ByteArrayInputStream(Tables.gzipped(table)));
    assertNull(clusters.cluster("القاهرة", 3), "keys are normalized: ta marbuta becomes ha");
    assertFalse(clusters.cluster(NORMALIZER.normalize("القاهرة"), 3) == null);
    assertTrue(clusters.size() > 20);
  }

  private static Set<String> clustersOf(WordClusters clusters, List<String> words, int level) {
    return words.stream().map(w -> clusters.cluster(NORMALIZER.normalize(w), level)).collect(Collectors.toSet());
  }
}
