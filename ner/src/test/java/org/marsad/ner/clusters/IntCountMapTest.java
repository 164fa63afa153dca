package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class IntCountMapTest {

  @Test
  void countsLikeAMapWhileGrowingAndListsEntriesByKey() {
    IntCountMap counts = new IntCountMap(4);
    Map<Integer, Integer> expected = new TreeMap<>();
    Random random = new Random(11);
    for (int i = 0; i < 50_000; i++) {
      // keys that differ only in high bits, as row * columns + column keys do
      int key = random.nextInt(3000) * 8192 + random.nextInt(3);
      counts.increment(key);
      expected.merge(key, 1, Integer::sum);
    }
    assertEquals(expected.size(), counts.size());
    long[] entries = counts.sortedEntries();
    long[] want = expected.entrySet().stream().mapToLong(e -> ((long) e.getKey() << 32) | e.getValue()).toArray();
    assertArrayEquals(want, entries);
  }
}
