package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's main command on the five seed articles, and the read commands on what it stored. */
class AnalyzeSeedsTest {

  @TempDir static Path data;
  static JsonNode first;

  @BeforeAll
  static void analyzeSeeds() throws Exception {
    Cli.Result r = Cli.run("analyze", Cli.seeds().toString(), "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    first = r.json();
  }

  @Test
  void storesTheFiveSeedsWithNothingSkipped() {
    assertEquals(5, first.get("read").asInt());
    assertEquals(5, first.get("stored").asInt());
    assertEquals(0, first.get("skipped").asInt());
    Set<String> sources = new TreeSet<>();
    for (JsonNode a : first.get("articles")) {
      sources.add(a.get("source_id").asText());
      // The seeds are plain files in one folder: the folder names the outlet.
      assertEquals("aleppo-2016", a.get("outlet").asText());
      assertEquals("ar", a.get("language").asText());
    }
    assertEquals(Set.of("000_d1803f01d4bf745f.txt", "001_017b6ea0ad0b3e21.txt", "002_487f630e01fa605e.txt",
        "003_cf4d8693c2ae2b90.txt", "004_239a53276f838fa4.txt"), sources);
  }

  @Test
  void seed004TakesItsDateFromTheText() {
    // 004 says «اليوم (الأربعاء) 30 نوفمبر/ تشرين الثاني 2016»; the others give no full date, and a file time
    // must never stand in for one.
    for (JsonNode a : first.get("articles")) {
      String source = a.get("source_id").asText();
      if (source.startsWith("004")) {
        assertEquals("2016-11-30", a.get("published").asText());
        assertEquals("text", a.get("published_from").asText());
      } else {
        assertTrue(a.get("published").isNull(), source + " has no explicit date");
      }
    }
  }

  @Test
  void runningAgainStoresNothingTwice() throws Exception {
    Cli.Result again = Cli.run("ingest", Cli.seeds().toString(), "--data", data.toString(), "--json");
    assertEquals(0, again.exit(), again.err());
    assertEquals(0, again.json().get("stored").asInt());
    assertEquals(5, again.json().get("duplicates").asInt());
    Cli.Result list = Cli.run("articles", "--data", data.toString(), "--json");
    assertEquals(5, list.json().get("total").asInt());
  }

  @Test
  void searchDeMisturaFindsTheThreeSeedsThatNameHim() throws Exception {
    // 001 and 003 write «ستيفان دي ميستورا», 004 «ستافان دي ميستورا»; 000 and 002 do not name him.
    Cli.Result r = Cli.run("search", "دي ميستورا", "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(Set.of("001", "003", "004"), seedNumbers(r.json().get("hits")));
  }

  @Test
  void searchWithoutHamzaFindsTheHamzaSpelling() throws Exception {
    // «الامريكي» (bare alef) must match 000's «الأمريكي»; Arabic normalization folds the hamza.
    Cli.Result r = Cli.run("search", "الامريكي", "--data", data.toString(), "--json");
    JsonNode hits = r.json().get("hits");
    assertTrue(seedNumbers(hits).contains("000"), r.out());
    for (JsonNode h : hits) {
      if (h.get("source_id").asText().startsWith("000")) {
        assertTrue(h.get("snippet").asText().contains("الأمريكي"), h.toString());
      }
    }
  }

  @Test
  void articleJsonSpansSliceTheOriginalTextExactly() throws Exception {
    for (JsonNode row : first.get("articles")) {
      Cli.Result r = Cli.run("article", row.get("id").asText(), "--data", data.toString(), "--json");
      assertEquals(0, r.exit(), r.err());
      JsonNode a = r.json();
      String text = a.get("text").asText();
      int sentences = 0;
      for (JsonNode s : a.get("spans")) {
        int start = s.get("start").asInt();
        int end = s.get("end").asInt();
        assertTrue(0 <= start && start <= end && end <= text.length(), s.toString());
        String slice = text.substring(start, end);
        if (s.get("kind").asText().equals("sentence")) {
          sentences++;
          assertEquals(slice.strip(), slice, "sentences are trimmed");
          assertTrue(!slice.isEmpty());
        }
        if (s.get("kind").asText().equals("token")) {
          assertTrue(!slice.isBlank() && slice.codePoints().noneMatch(Character::isWhitespace), slice);
        }
      }
      assertTrue(sentences > 0, row.toString());
    }
  }

  @Test
  void statsCountsTheStore() throws Exception {
    Cli.Result r = Cli.run("stats", "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(5, r.json().get("articles").asInt());
  }

  private static Set<String> seedNumbers(JsonNode hits) {
    Set<String> out = new TreeSet<>();
    for (JsonNode h : hits) out.add(h.get("source_id").asText().substring(0, 3));
    return out;
  }
}
