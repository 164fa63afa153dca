package org.marsad.store;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts over the whole store.
 *
 * @param articles stored articles
 * @param nearDuplicates articles with a duplicateOf
 * @param byOutlet articles per outlet ("" for none); likewise byLanguage and byFormat
 * @param firstPublished earliest publication string as stored, null when no article has a date
 * @param lastPublished latest publication string as stored, null when no article has a date
 * @param spansByKind total spans per kind label ("token", "sentence", ...)
 * @param indexBytes size of the index files on disk
 */
public record StoreStats(
    long articles,
    long nearDuplicates,
    Map<String, Long> byOutlet,
    Map<String, Long> byLanguage,
    Map<String, Long> byFormat,
    String firstPublished,
    String lastPublished,
    Map<String, Long> spansByKind,
    long indexBytes) {

  public StoreStats {
    // Sorted copies: stable, readable output for the CLI and for JSON.
    byOutlet = Collections.unmodifiableSortedMap(new TreeMap<>(byOutlet));
    byLanguage = Collections.unmodifiableSortedMap(new TreeMap<>(byLanguage));
    byFormat = Collections.unmodifiableSortedMap(new TreeMap<>(byFormat));
    spansByKind = Collections.unmodifiableSortedMap(new TreeMap<>(spansByKind));
  }
}
