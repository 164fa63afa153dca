package org.marsad.ner;

import java.util.Map;

/** Word ranks from a map, for tests: unlisted words are rarer than the 100,000 listed ones. */
final class MapRanks implements WordRanks {

  private final Map<String, Integer> ranks;

  MapRanks(Map<String, Integer> ranks) {
    this.ranks = ranks;
  }

  @Override
  public int rank(String normalizedWord) {
    return ranks.getOrDefault(normalizedWord, -1);
  }

  @Override
  public int size() {
    return 100_000;
  }
}
