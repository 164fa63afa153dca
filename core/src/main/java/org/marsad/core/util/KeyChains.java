package org.marsad.core.util;

import java.util.Arrays;

/**
 * A multimap from 64-bit keys to ints without boxing: an open-addressing table of keys, each with a count
 * and the head of a chain of entries (newest first). About 8 bytes an entry plus 32 to 64 a key (the table
 * is kept at most half full); at 62,555 articles a HashMap&lt;Long, List&lt;Integer&gt;&gt; of LSH buckets or
 * seed postings would cost several times that. Not thread-safe.
 */
public final class KeyChains {

  public static final int NONE = -1;

  private long[] keys;
  private int[] heads;
  private int[] counts;
  private int used;

  private int[] entryValue;
  private int[] entryNext;
  private int entries;

  public KeyChains(int expectedEntries) {
    int cap = Integer.highestOneBit(Math.max(16, expectedEntries * 2 - 1)) << 1;
    keys = new long[cap];
    heads = new int[cap];
    counts = new int[cap];
    Arrays.fill(heads, NONE);
    entryValue = new int[Math.max(16, expectedEntries)];
    entryNext = new int[entryValue.length];
  }

  public void add(long key, int value) {
    if ((used + 1) * 2 > keys.length) grow();
    int slot = slot(key);
    if (heads[slot] == NONE) {
      keys[slot] = key;
      used++;
    }
    if (entries == entryValue.length) {
      entryValue = Arrays.copyOf(entryValue, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
    entryValue[entries] = value;
    entryNext[entries] = heads[slot];
    heads[slot] = entries++;
    counts[slot]++;
  }

  /** Counts one more entry for a key already present, without storing it (a capped chain that still counts). */
  public void countOnly(long key) {
    int slot = slot(key);
    if (heads[slot] == NONE) throw new IllegalStateException("countOnly on an absent key");
    counts[slot]++;
  }

  /** How many entries the key has (0 when absent). */
  public int count(long key) {
    int slot = slot(key);
    return heads[slot] == NONE ? 0 : counts[slot];
  }

  /** Head entry of the key's chain, or {@link #NONE}; walk with {@link #next}, read with {@link #value}. */
  public int first(long key) {
    return heads[slot(key)];
  }

  public int next(int entry) {
    return entryNext[entry];
  }

  public int value(int entry) {
    return entryValue[entry];
  }

  private int slot(long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (heads[i] != NONE && keys[i] != key) i = (i + 1) & mask;
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    int[] oldCounts = counts;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    counts = new int[oldKeys.length * 2];
    Arrays.fill(heads, NONE);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] == NONE) continue;
      int slot = slot(oldKeys[i]);
      keys[slot] = oldKeys[i];
      heads[slot] = oldHeads[i];
      counts[slot] = oldCounts[i];
    }
  }
}
