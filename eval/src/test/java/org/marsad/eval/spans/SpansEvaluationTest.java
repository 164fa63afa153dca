package org.marsad.eval.spans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpansEvaluationTest {

  @TempDir Path dir;

  @Test
  void readsNestedLayersIntoSpansOverTheJoinedText() throws Exception {
    Path f = dir.resolve("w.txt");
    // «مقتل عشرة أشخاص بتاريخ 12 / 4 / 2010»: a CARDINAL, and a DATE whose second layer nests nothing.
    Files.writeString(f, "مقتل O\nعشرة B-CARDINAL\nأشخاص O\nبتاريخ O\n12 B-DATE\n/ I-DATE\n4 I-DATE\n/ I-DATE\n2010 I-DATE\n");
    List<LayeredSentence> s = LayeredReader.read(f);
    assertEquals(1, s.size());
    assertEquals("مقتل عشرة أشخاص بتاريخ 12 / 4 / 2010", s.get(0).text());
    assertEquals(List.of(new LayeredSentence.TypedSpan("CARDINAL", 5, 9), new LayeredSentence.TypedSpan("DATE", 23, 36)),
        s.get(0).gold());
  }

  @Test
  void scoresExactAndOverlappingSpansPerType() throws Exception {
    Path f = dir.resolve("w.txt");
    Files.writeString(f, "مقتل O\nعشرة B-CARDINAL\nأشخاص O\nبتاريخ O\n12 B-DATE\n/ I-DATE\n4 I-DATE\n/ I-DATE\n2010 I-DATE\n");
    SpansEvaluation.Report r = SpansEvaluation.run(List.of(f));
    // The date is found exactly (12 / 4 / 2010). The figure «عشرة أشخاص» takes in the counted noun, so it
    // overlaps Wojood's CARDINAL «عشرة» without matching it exactly.
    assertEquals(1.0, r.perType().get("DATE").exact().f1(), 1e-9);
    assertEquals(0.0, r.perType().get("CARDINAL").exact().f1(), 1e-9);
    assertEquals(1.0, r.perType().get("CARDINAL").overlap().f1(), 1e-9);
  }
}
