package org.marsad.server;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Recent search answers, as bytes: people search the same few names and places over and over, and a search
 * with snippets and facets costs tens of milliseconds. An answer is only reused while the data it came from
 * is unchanged ({@link LiveData#version()}); the least recently used goes first.
 */
final class SearchCache {

  private record Entry(long version, byte[] json) {}

  private final int capacity;
  private final Map<String, Entry> entries;

  SearchCache(int capacity) {
    this.capacity = capacity;
    this.entries = new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
        return size() > SearchCache.this.capacity;
      }
    };
  }

  /** The answer cached for this key at this version, or null. */
  synchronized byte[] get(String key, long version) {
    Entry e = entries.get(key);
    return e != null && e.version() == version ? e.json() : null;
  }

  synchronized void put(String key, long version, byte[] json) {
    if (capacity > 0) entries.put(key, new Entry(version, json));
  }
}
