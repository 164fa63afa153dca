package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `marsad eval reuse` end to end on a PAN-shaped corpus made of the seed articles, with no gold. */
class EvalReuseTest {

  @TempDir Path tmp;

  /**
   * Seed 000 as the one suspicious document, 001 (which runs 000's opening Kerry paragraphs) and 004 (another
   * story) as sources, an empty annotation folder and a source that is not UTF-8. The run names the bad file
   * on one line, writes one XML file for 000, says in its JSON that nothing was scored, and 000's detections
   * include the Kerry passage, which starts 000 and starts at char 444 of 001 (see PassageAlignerSeedsTest).
   */
  @Test
  void detectsAndWritesWithoutGold() throws Exception {
    Path corpus = tmp.resolve("corpus");
    Path suspicious = Files.createDirectories(corpus.resolve("suspicious-documents"));
    Path sources = Files.createDirectories(corpus.resolve("source-documents"));
    Files.createDirectories(corpus.resolve("plagiarism-annotation"));
    Files.copy(Cli.seeds().resolve("000_d1803f01d4bf745f.txt"), suspicious.resolve("suspicious-document0000.txt"));
    Files.copy(Cli.seeds().resolve("001_017b6ea0ad0b3e21.txt"), sources.resolve("source-document00001.txt"));
    Files.copy(Cli.seeds().resolve("004_239a53276f838fa4.txt"), sources.resolve("source-document00004.txt"));
    Files.write(sources.resolve("source-document00009.txt"), new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00});
    Path out = tmp.resolve("detections");

    Cli.Result r = Cli.run("eval", "reuse", "--corpus", corpus.toString(), "--detections", out.toString(),
        "--min-words", "8", "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode json = r.json();
    assertEquals(false, json.get("scored").asBoolean());
    assertEquals(2, json.get("source_documents").asInt());
    assertTrue(json.get("systems").get(0).get("plagdet").isNull());
    assertEquals(1, r.err().lines().filter(l -> l.contains("source-document00009.txt: not UTF-8 text")).count(),
        r.err());
    String xml = Files.readString(out.resolve("suspicious-document0000.xml"));
    assertTrue(xml.startsWith("<document reference=\"suspicious-document0000.txt\">"), xml);
    assertTrue(xml.contains("this_offset=\"0\" this_length=\"385\" source_reference=\"source-document00001.txt\""
        + " source_offset=\"444\""), xml);
  }

  /** A corpus folder that does not exist: one line naming it, a usage exit code, no stack trace. */
  @Test
  void missingCorpusIsOneLine() {
    Cli.Result r = Cli.run("eval", "reuse", "--corpus", tmp.resolve("nowhere").toString());
    assertTrue(r.exit() != 0);
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("nowhere"), r.err());
  }
}
