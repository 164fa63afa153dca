package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `marsad analyze` builds stories; `marsad stories --json` and `marsad story` honour the contract. */
class StoriesTest {

  @TempDir Path tmp;

  private JsonNode analyze(Path in, Path data) throws Exception {
    Cli.Result r = Cli.run("analyze", in.toString(), "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    return r.json();
  }

  @Test
  void storiesJsonHasTheDocumentedFieldsAndCitationsSliceTheArticles() throws Exception {
    Path data = tmp.resolve("data");
    analyze(Cli.seeds(), data);
    JsonNode stories = Cli.run("stories", "--data", data.toString(), "--json").json().get("stories");
    assertFalse(stories.isEmpty());
    Set<String> articlesInStories = new TreeSet<>();
    Map<String, String> texts = new HashMap<>();
    for (JsonNode s : stories) {
      for (String f : List.of("id", "title", "storyline", "first_seen", "last_seen", "outlets", "articles", "summary",
          "merged_ids")) {
        assertTrue(s.has(f), "story lacks " + f + ": " + s);
      }
      for (JsonNode a : s.get("articles")) {
        for (String f : List.of("id", "source_id", "outlet", "title", "published", "duplicate_of")) {
          assertTrue(a.has(f), "article lacks " + f);
        }
        assertTrue(articlesInStories.add(a.get("source_id").asText()), "an article is in one story only");
      }
      int words = 0;
      for (JsonNode line : s.get("summary")) {
        String id = line.get("article").asText();
        String text = texts.computeIfAbsent(id, k -> articleText(data, k));
        assertEquals(text.substring(line.get("start").asInt(), line.get("end").asInt()), line.get("text").asText());
        words += line.get("text").asText().split("\\s+").length;
      }
      assertTrue(s.get("summary").size() <= 5 && words <= 130, "5 sentences, 120 tokens at most: " + s);
      // The one story page shows the same story.
      JsonNode one = Cli.run("story", s.get("id").asText(), "--data", data.toString(), "--json").json();
      assertEquals(s, one);
    }
    assertEquals(5, articlesInStories.size(), "every seed is in a story");
  }

  @Test
  void theSeedsFormTheThreeEventsTheyReport() throws Exception {
    // 000, 001 and 002 report the Paris meeting of Saturday 10 December 2016 (Kerry's "indiscriminate
    // bombing" statement, the ten countries); 003 is Kerry heading to Geneva in spring 2016 (the truce of
    // 27 February, fighting since 22 April); 004 is Brita Hagi Hasan's press conference in Paris on
    // 30 November 2016. Read by hand; the store orders them 004 first (the only dated one), then by ingest.
    Path data = tmp.resolve("data");
    JsonNode stories = analyze(Cli.seeds(), data).get("stories");
    Set<Set<String>> groups = new java.util.HashSet<>();
    for (JsonNode s : stories) {
      Set<String> seeds = new TreeSet<>();
      for (JsonNode a : s.get("articles")) seeds.add(a.get("source_id").asText().substring(0, 3));
      groups.add(seeds);
    }
    assertEquals(Set.of(Set.of("000", "001", "002"), Set.of("003"), Set.of("004")), groups);
  }

  @Test
  void analyzingAgainOrInPartsKeepsTheStoryIds() throws Exception {
    // First 000 and 001, then all five: the stories of the first run keep their ids and articles.
    Path part = Files.createDirectories(tmp.resolve("part/aleppo-2016"));
    for (String f : List.of("000_d1803f01d4bf745f.txt", "001_017b6ea0ad0b3e21.txt")) {
      Files.copy(Cli.seeds().resolve(f), part.resolve(f));
    }
    Path data = tmp.resolve("data");
    JsonNode first = analyze(part, data);
    Map<String, String> storyOf = storyBySource(first.get("stories"));
    JsonNode second = analyze(Cli.seeds(), data);
    Map<String, String> after = storyBySource(second.get("stories"));
    for (Map.Entry<String, String> e : storyOf.entrySet()) assertEquals(e.getValue(), after.get(e.getKey()));
    assertEquals(5, after.size());
    // Nothing new the third time: the same stories, nothing re-clustered.
    JsonNode third = analyze(Cli.seeds(), data);
    assertEquals(second.get("stories"), third.get("stories"));
  }

  @Test
  void aLostClustererStateMeansClusteringAgainNotLosingStories() throws Exception {
    // As if a run died between writing the state and the stories: the next analyze starts over and, being
    // deterministic on the same input, gives the same stories.
    Path data = tmp.resolve("data");
    JsonNode before = analyze(Cli.seeds(), data).get("stories");
    Files.delete(data.resolve("stories/clusterer.json.gz"));
    JsonNode after = analyze(Cli.seeds(), data).get("stories");
    assertEquals(before, after);
    // A damaged stories file is derived data too: rebuilt, not a failure.
    Files.writeString(data.resolve("stories/stories.json"), "{\"format\": 1, \"stor");
    assertEquals(before, analyze(Cli.seeds(), data).get("stories"));
  }

  @Test
  void storiesSinceFiltersByLastSeen() throws Exception {
    Path data = tmp.resolve("data");
    analyze(Cli.seeds(), data);
    // Only 004 is dated (2016-11-30): a later date leaves no story, an earlier one keeps its story.
    assertEquals(0, Cli.run("stories", "--since", "2016-12-01", "--data", data.toString(), "--json").json()
        .get("stories").size());
    assertEquals(1, Cli.run("stories", "--since", "2016-11-30", "--data", data.toString(), "--json").json()
        .get("stories").size());
    assertEquals(2, Cli.run("stories", "--since", "bad").exit());
  }

  @Test
  void analyzingInTwoHalvesGivesTheStoriesOfOneRunMergesIncluded() throws Exception {
    // The 448 articles of the dev gold: four days of ANT news on which the clusterer merges events.
    Path datasets = Cli.repo().resolve("../shared/datasets").normalize();
    Path gold = datasets.resolve("ant_events_dev/gold.tsv");
    Path corpus = datasets.resolve("ant_multisource");
    assumeTrue(Files.isRegularFile(gold) && Files.isDirectory(corpus), "shared datasets absent");
    Set<String> docnos = new TreeSet<>();
    for (String line : Files.readAllLines(gold).subList(1, Files.readAllLines(gold).size())) {
      docnos.add(line.split("\t")[0]);
    }
    Path all = Files.createDirectories(tmp.resolve("all"));
    try (Stream<Path> walk = Files.walk(corpus)) {
      for (Path f : walk.filter(p -> docnos.contains(p.getFileName().toString().replace(".txt", ""))).toList()) {
        Files.copy(f, all.resolve(f.getFileName()));
      }
    }
    Path one = tmp.resolve("one");
    analyze(all, one);
    JsonNode whole = allStories(one);

    Set<String> merged = new TreeSet<>();
    for (JsonNode s : whole) for (JsonNode m : s.get("merged_ids")) merged.add(m.asText());
    assertFalse(merged.isEmpty(), "no story was merged");

    // The same articles in two analyze runs, split at half and at seven eighths of the order the store
    // clusters them in: the same stories each time. The merge of this slice (found by analyzing growing
    // prefixes) joins an event opened after 85% of the articles and merges it before 94%: the 7/8 split has
    // the second run merge a story that the first one published.
    JsonNode order = Cli.run("articles", "--limit", "1000", "--data", one.toString(), "--json").json().get("articles");
    boolean mergedAcrossRuns = false;
    for (int eighths : new int[] {4, 7}) {
      Path first = Files.createDirectories(tmp.resolve("first" + eighths));
      Path second = Files.createDirectories(tmp.resolve("second" + eighths));
      for (int i = 0; i < order.size(); i++) {
        String name = order.get(i).get("source_id").asText() + ".txt";
        Files.copy(all.resolve(name), (i < order.size() * eighths / 8 ? first : second).resolve(name));
      }
      Path two = tmp.resolve("two" + eighths);
      analyze(first, two);
      for (JsonNode s : allStories(two)) mergedAcrossRuns |= merged.contains(s.get("id").asText());
      analyze(second, two);
      assertEquals(whole, allStories(two), "split at " + eighths + "/8");
    }
    assertTrue(mergedAcrossRuns, "no split had the second run merge a story of the first");
  }

  @Test
  void aMergedIdShowsTheStoryItWasMergedInto() throws Exception {
    // A store whose stories file says e000002 was merged into e000001 (what analyze writes after a merge).
    Path data = tmp.resolve("data");
    analyze(Cli.seeds(), data);
    Path file = data.resolve("stories/stories.json");
    com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode) mapper.readTree(file.toFile());
    com.fasterxml.jackson.databind.node.ArrayNode stories = (com.fasterxml.jackson.databind.node.ArrayNode) root.get("stories");
    for (int i = stories.size() - 1; i >= 0; i--) {
      com.fasterxml.jackson.databind.node.ObjectNode s = (com.fasterxml.jackson.databind.node.ObjectNode) stories.get(i);
      if (s.get("id").asText().equals("e000001")) s.putArray("merged_ids").add("e000009");
    }
    mapper.writeValue(file.toFile(), root);

    JsonNode shown = Cli.run("story", "e000009", "--data", data.toString(), "--json").json();
    assertEquals("e000001", shown.get("id").asText());
    assertEquals("e000009", shown.get("resolved_from").asText());
    assertEquals("e000009", shown.get("merged_ids").get(0).asText());
    Cli.Result text = Cli.run("story", "e000009", "--data", data.toString());
    assertEquals(0, text.exit());
    assertTrue(text.out().startsWith("e000009 was merged into e000001"), text.out());
    assertTrue(text.out().contains("merged from e000009"), text.out());
    // The survivor's own id shows it as it is; an id never given is still an error.
    assertFalse(Cli.run("story", "e000001", "--data", data.toString(), "--json").json().has("resolved_from"));
    assertEquals(1, Cli.run("story", "e000099", "--data", data.toString()).exit());
  }

  private static JsonNode allStories(Path data) throws Exception {
    return Cli.run("stories", "--limit", "100000", "--data", data.toString(), "--json").json().get("stories");
  }

  private static Map<String, String> storyBySource(JsonNode stories) {
    Map<String, String> out = new HashMap<>();
    for (JsonNode s : stories) for (JsonNode a : s.get("articles")) out.put(a.get("source_id").asText(), s.get("id").asText());
    return out;
  }

  private static String articleText(Path data, String id) {
    try {
      return Cli.run("article", id, "--data", data.toString(), "--json").json().get("text").asText();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
