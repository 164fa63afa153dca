package org.marsad.store.search;

import java.util.List;

/**
 * @param query what the user typed
 * @param totalHits how many articles match (may exceed hits.size())
 * @param hits the best hits, best first
 */
public record SearchResults(String query, long totalHits, List<SearchHit> hits) {

  public SearchResults {
    hits = List.copyOf(hits);
  }

  public static SearchResults empty(String query) {
    return new SearchResults(query, 0, List.of());
  }
}
