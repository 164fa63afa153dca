package org.marsad.ner.clusters;

import java.util.Arrays;

/**
 * Counts per non-negative int key, in open addressing with linear probing: a boxed map would need ten
 * times the memory for the millions of (word, context) pairs of a news corpus. Not thread-safe.
 */
final class IntCountMap {

  private static final int EMPTY = -1;

  private int[] keys;
  private int[] values;
  private int size;

  IntCountMap(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new int[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
  }

  void increment(int key) {
    int mask = keys.length - 1;
    int slot = mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) slot = (slot + 1) & mask;
    if (keys[slot] == EMPTY) {
      keys[slot] = key;
      if (++size * 3 > keys.length * 2) {
        values[slot] = 1;
        grow();
        return;
      }
    }
    values[slot]++;
  }

  int size() {
    return size;
  }

  /** Every (key, count) pair as {@code key << 32 | count}, sorted by key. */
  long[] sortedEntries() {
    long[] out = new long[size];
    int n = 0;
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) out[n++] = ((long) keys[i] << 32) | values[i];
    }
    Arrays.sort(out);
    return out;
  }

  private void grow() {
    int[] oldKeys = keys;
    int[] oldValues = values;
    keys = new int[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[keys.length];
    int mask = keys.length - 1;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] == EMPTY) continue;
      int slot = mix(oldKeys[i]) & mask;
      while (keys[slot] != EMPTY) slot = (slot + 1) & mask;
      keys[slot] = oldKeys[i];
      values[slot] = oldValues[i];
    }
  }

  /** Spreads keys that differ only in high bits (row * features + column) over the table. */
  private static int mix(int key) {
    int h = key * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
