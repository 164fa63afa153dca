package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad files are reported one line each, skipped, and never cost what the store already holds. */
class BadInputTest {

  @TempDir Path tmp;

  private Path mixedFolder() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("in/mixed"));
    String seed = Files.readString(Cli.seeds().resolve("004_239a53276f838fa4.txt"));
    Files.writeString(in.resolve("good.txt"), seed);
    // Windows-1256 is common for Arabic: it must be decoded, not skipped.
    Files.write(in.resolve("cp1256.txt"),
        Files.readString(Cli.seeds().resolve("003_cf4d8693c2ae2b90.txt")).getBytes(Charset.forName("windows-1256")));
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("photo.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
    Files.writeString(in.resolve("cut.json"), "[{\"title\": \"عنوان\", \"content\": \"نص الخبر", StandardCharsets.UTF_8);
    return in;
  }

  @Test
  void eachBadFileGetsOneLineAndTheRunGoesOn() throws Exception {
    Path in = mixedFolder();
    Path data = tmp.resolve("data");
    Cli.Result r = Cli.run("ingest", in.toString(), "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    JsonNode report = r.json();
    assertEquals(2, report.get("stored").asInt(), "good.txt and cp1256.txt");
    assertEquals(3, report.get("skipped").asInt(), r.err());
    List<String> lines = r.err().lines().filter(l -> l.contains("skipped")).toList();
    assertEquals(3, lines.size(), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.contains("empty.txt") && l.contains("empty file")), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.contains("photo.png") && l.contains("binary file")), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.contains("cut.json") && l.contains("truncated JSON")), r.err());
  }

  @Test
  void strictTurnsAnySkipIntoAFailureButKeepsWhatWasStored() throws Exception {
    Path data = tmp.resolve("data");
    assertEquals(0, Cli.run("ingest", Cli.seeds().toString(), "--data", data.toString()).exit());
    Cli.Result r = Cli.run("ingest", mixedFolder().toString(), "--data", data.toString(), "--strict", "--json");
    assertEquals(1, r.exit(), r.err());
    // The five seeds stay; good.txt and cp1256.txt are seeds 004 and 003 again (same text once decoded), so
    // they are duplicates, not new articles.
    assertEquals(2, r.json().get("duplicates").asInt());
    assertEquals(5, Cli.run("articles", "--data", data.toString(), "--json").json().get("total").asInt());
  }

  @Test
  void filesOverTheSizeLimitAreSkippedWithTheirSize() throws Exception {
    Path in = Files.createDirectories(tmp.resolve("big"));
    Files.writeString(in.resolve("long.txt"), "خبر طويل جدا. ".repeat(2000));
    Cli.Result r = Cli.run("ingest", in.toString(), "--data", tmp.resolve("d").toString(),
        "--max-file-size", "8KB");
    assertEquals(0, r.exit());
    assertTrue(r.err().contains("long.txt") && r.err().contains("file too large"), r.err());
  }

  @Test
  void aMissingPathIsOneClearError() {
    Cli.Result r = Cli.run("ingest", tmp.resolve("nope").toString(), "--data", tmp.resolve("d").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().startsWith("marsad: no such file or folder"), r.err());
  }
}
