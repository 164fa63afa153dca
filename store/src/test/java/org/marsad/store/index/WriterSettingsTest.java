package org.marsad.store.index;

import static org.junit.jupiter.api.Assertions.*;

import org.junit.jupiter.api.Test;

class WriterSettingsTest {

  @Test
  void ramBufferIsAnEighthOfTheHeapWithinBounds() {
    long mb = 1 << 20;
    assertEquals(256, WriterSettings.ramBufferMB(2048 * mb)); // 2 GB heap: the cap
    assertEquals(256, WriterSettings.ramBufferMB(16384 * mb));
    assertEquals(64, WriterSettings.ramBufferMB(512 * mb));
    assertEquals(16, WriterSettings.ramBufferMB(64 * mb)); // floor
  }
}
