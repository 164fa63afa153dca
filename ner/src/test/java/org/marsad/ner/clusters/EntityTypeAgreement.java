package org.marsad.ner.clusters;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * How well clusters tell entity types apart, measured on a tagged corpus (ANERcorp's "word TAG" lines):
 * each word type takes its most frequent tag type (PERS, LOC, ORG, MISC or O); then, leaving each clustered
 * type out in turn, its cluster predicts the type most common among the other tagged types in it. Reported
 * as precision, recall and F1 over entity types: a cluster helps the tagger when it predicts a name's type
 * from the names around it, and hurts when names drown among common words.
 */
final class EntityTypeAgreement {

  static final List<String> TYPES = List.of("O", "PERS", "LOC", "ORG", "MISC");

  record Score(int entities, double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d entity types: P %.3f R %.3f F1 %.3f", entities, precision, recall, f1());
    }
  }

  private final Map<String, Integer> typeOf = new HashMap<>();

  /** Reads a "word TAG" per line file with BIO tags. */
  EntityTypeAgreement(Path tagged) throws IOException {
    MatchNormalizer normalizer = new MatchNormalizer();
    Map<String, int[]> counts = new HashMap<>();
    for (String line : Files.readAllLines(tagged, StandardCharsets.UTF_8)) {
      String[] cells = line.strip().split("\\s+");
      if (cells.length != 2) continue;
      int type = TYPES.indexOf(cells[1].equals("O") ? "O" : cells[1].substring(2));
      if (type < 0) continue;
      counts.computeIfAbsent(normalizer.normalize(cells[0]), w -> new int[TYPES.size()])[type]++;
    }
    counts.forEach((word, c) -> typeOf.put(word, argmax(c)));
  }

  Score score(WordClusters clusters, int level) {
    Map<String, int[]> typesInCluster = new HashMap<>();
    typeOf.forEach((word, type) -> {
      String cluster = clusters.cluster(word, level);
      if (cluster != null) typesInCluster.computeIfAbsent(cluster, c -> new int[TYPES.size()])[type]++;
    });
    int entities = 0;
    int predicted = 0;
    int correct = 0;
    for (Map.Entry<String, Integer> e : typeOf.entrySet()) {
      String cluster = clusters.cluster(e.getKey(), level);
      if (cluster == null) continue;
      int[] others = typesInCluster.get(cluster).clone();
      others[e.getValue()]--;
      int guess = argmax(others);
      if (e.getValue() > 0) entities++;
      if (guess > 0) predicted++;
      if (guess > 0 && guess == e.getValue()) correct++;
    }
    return new Score(entities, predicted == 0 ? 0 : (double) correct / predicted,
        entities == 0 ? 0 : (double) correct / entities);
  }

  /** The index of the largest count, the lowest on ties (so O wins a tie). */
  private static int argmax(int[] counts) {
    int best = 0;
    for (int i = 1; i < counts.length; i++) if (counts[i] > counts[best]) best = i;
    return best;
  }
}
