package org.marsad.eval.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.ner.conll.Chunk;

class ChunkCountsTest {

  @Test
  void onlyExactSpanAndTypeCount() {
    ChunkCounts c = new ChunkCounts();
    // Gold: جون كيري (PER, 0-2), باريس (LOC, 4-5), الأمم المتحدة (ORG, 7-9).
    List<Chunk> gold = List.of(new Chunk(0, 2, "PER"), new Chunk(4, 5, "LOC"), new Chunk(7, 9, "ORG"));
    // Predicted: كيري alone (wrong span), باريس right, الأمم المتحدة typed LOC (wrong type), one extra LOC.
    List<Chunk> predicted = List.of(new Chunk(1, 2, "PER"), new Chunk(4, 5, "LOC"), new Chunk(7, 9, "LOC"),
        new Chunk(10, 11, "LOC"));
    c.add(gold, predicted);
    // LOC: 1 right of 3 predicted, 1 gold → P 1/3, R 1.
    assertEquals(1 / 3.0, c.perType().get("LOC").precision(), 1e-9);
    assertEquals(1.0, c.perType().get("LOC").recall(), 1e-9);
    // PER: 0 of 1; ORG: none predicted (P read as 0), 0 of 1 found.
    assertEquals(0.0, c.perType().get("PER").f1(), 1e-9);
    assertEquals(0.0, c.perType().get("ORG").recall(), 1e-9);
    // Micro: 1 correct, 4 predicted, 3 gold → P .25, R 1/3, F1 = 2·.25·.3333/(.5833) = 0.2857.
    assertEquals(0.25, c.micro().precision(), 1e-9);
    assertEquals(1 / 3.0, c.micro().recall(), 1e-9);
    assertEquals(2 * 0.25 * (1 / 3.0) / (0.25 + 1 / 3.0), c.micro().f1(), 1e-9);
  }
}
