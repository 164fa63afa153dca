package org.marsad.eval.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.eval.DataPaths;

/** End to end on small copies of the shared AraPlagDet corpus. */
class ReuseEvaluationDataTest {

  private static final String SUSPICIOUS = "suspicious-document0001.txt";
  /** Its one case: this_offset 119, this_length 316, from source-document00402.txt at 19259, unobfuscated. */
  private static final String SOURCE = "source-document00402.txt";

  /**
   * A judging corpus has an empty annotation folder: the run still finds source candidates through the index,
   * writes one XML file per suspicious document, and says there is nothing to score. The one case of
   * suspicious-document0001 (a verbatim copy) must be among the detections, pointing at its source.
   */
  @Test
  void unannotatedCorpusWritesDetectionsAndScoresNothing(@TempDir Path tmp) throws Exception {
    Path shared = DataPaths.dataset("araplagdet");
    assumeTrue(Files.isDirectory(shared.resolve(PanCorpus.SUSPICIOUS)), "shared AraPlagDet absent");
    Path corpus = copy(shared, tmp.resolve("corpus"), List.of(SOURCE, "source-document00001.txt",
        "source-document00002.txt"));
    Files.createDirectories(corpus.resolve(PanCorpus.ANNOTATIONS));
    // A source that is not UTF-8: reported on one line and skipped.
    Files.write(corpus.resolve(PanCorpus.SOURCES).resolve("source-document99999.txt"), new byte[] {(byte) 0xC3, 0x28});

    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path out = tmp.resolve("detections");
    ReuseEvaluation.Report r = ReuseEvaluation.run(corpus, ReuseEvaluation.systems(0), out,
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertFalse(r.scored());
    assertTrue(r.format().contains("nothing to score"), r.format());
    assertEquals(3, r.sourceDocuments());
    String errors = err.toString(StandardCharsets.UTF_8).trim();
    assertTrue(errors.startsWith("skipping ") && errors.contains("source-document99999.txt: not UTF-8 text")
        && !errors.contains("\n"), errors);
    List<PanAnnotation> found = PanXml.read(out.resolve("suspicious-document0001.xml"), "detected-plagiarism");
    PanAnnotation gold = new PanAnnotation(SUSPICIOUS, 119, 119 + 316, SOURCE, 19259, 19259 + 316, "none");
    assertTrue(found.stream().anyMatch(d -> d.suspicious().equals(SUSPICIOUS) && d.overlaps(gold)), found.toString());
    // Scored against its gold, that detection alone gets (almost) all of the case.
    assertTrue(PlagDet.score(List.of(gold), found).recall() > 0.95, found.toString());
  }

  private static Path copy(Path shared, Path corpus, List<String> sources) throws Exception {
    Files.createDirectories(corpus.resolve(PanCorpus.SUSPICIOUS));
    Files.createDirectories(corpus.resolve(PanCorpus.SOURCES));
    Files.copy(shared.resolve(PanCorpus.SUSPICIOUS).resolve(SUSPICIOUS),
        corpus.resolve(PanCorpus.SUSPICIOUS).resolve(SUSPICIOUS));
    for (String s : sources) {
      Files.copy(shared.resolve(PanCorpus.SOURCES).resolve(s), corpus.resolve(PanCorpus.SOURCES).resolve(s));
    }
    return corpus;
  }
}
