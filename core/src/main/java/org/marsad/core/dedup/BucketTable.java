package org.marsad.core.dedup;

import java.util.Arrays;

/**
 * LSH buckets without boxing: an open-addressing table from a 64-bit bucket key to a chain of document
 * numbers. At 62,555 articles x 32 bands a HashMap&lt;Long, List&lt;Integer&gt;&gt; would cost well over 100 MB;
 * this costs about 16 bytes per entry plus the table. Not thread-safe.
 */
final class BucketTable {

  private static final int NONE = -1;

  private long[] keys = new long[1024];
  private int[] heads = new int[1024];
  private int used;

  private int[] entryDoc = new int[1024];
  private int[] entryNext = new int[1024];
  private int entries;

  BucketTable() {
    Arrays.fill(heads, NONE);
  }

  void add(long key, int doc) {
    if ((used + 1) * 2 > keys.length) grow();
    int slot = slot(keys, heads, key);
    if (heads[slot] == NONE) {
      keys[slot] = key;
      used++;
    }
    if (entries == entryDoc.length) {
      entryDoc = Arrays.copyOf(entryDoc, entries * 2);
      entryNext = Arrays.copyOf(entryNext, entries * 2);
    }
    entryDoc[entries] = doc;
    entryNext[entries] = heads[slot];
    heads[slot] = entries++;
  }

  /** Head entry of the key's chain, or -1; walk with {@link #next} and read with {@link #doc}. */
  int first(long key) {
    return heads[slot(keys, heads, key)];
  }

  int next(int entry) {
    return entryNext[entry];
  }

  int doc(int entry) {
    return entryDoc[entry];
  }

  private static int slot(long[] keys, int[] heads, long key) {
    int mask = keys.length - 1;
    int i = (int) (key ^ (key >>> 32)) & mask;
    while (heads[i] != NONE && keys[i] != key) i = (i + 1) & mask;
    return i;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldHeads = heads;
    keys = new long[oldKeys.length * 2];
    heads = new int[oldKeys.length * 2];
    Arrays.fill(heads, NONE);
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] == NONE) continue;
      int slot = slot(keys, heads, oldKeys[i]);
      keys[slot] = oldKeys[i];
      heads[slot] = oldHeads[i];
    }
  }
}
