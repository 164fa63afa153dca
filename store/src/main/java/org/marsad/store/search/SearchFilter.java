package org.marsad.store.search;

import java.time.LocalDate;

/**
 * Narrows a search to one outlet and/or one day of publication (UTC, as the day facets count them); the
 * ranking is the unfiltered query's. Null fields do not narrow.
 */
public record SearchFilter(String outlet, LocalDate day) {

  public static final SearchFilter NONE = new SearchFilter(null, null);

  public boolean isNone() {
    return outlet == null && day == null;
  }
}
