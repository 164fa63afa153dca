package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * `marsad analyze` finds the passages the seeds copy from each other: 000, 001 and 002 carry the same agency
 * copy on the Paris meeting and the flight from east Aleppo; 003 (a photo story on al-Qaterji) and 004 (the
 * council head's appeal of 30 November) share nothing with them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReuseTest {

  @TempDir static Path tmp;
  private Path data;
  private JsonNode stories;
  /** Seed number ("000") → article id, and back. */
  private final Map<String, String> idOf = new HashMap<>();
  private final Map<String, String> seedOf = new HashMap<>();

  @BeforeAll
  void analyzeSeeds() throws Exception {
    data = tmp.resolve("data");
    Cli.Result r = Cli.run("analyze", Cli.seeds().toString(), "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    for (JsonNode a : r.json().get("articles")) {
      String seed = a.get("source_id").asText().substring(0, 3);
      idOf.put(seed, a.get("id").asText());
      seedOf.put(a.get("id").asText(), seed);
    }
    stories = Cli.run("stories", "--data", data.toString(), "--json").json().get("stories");
  }

  private String text(String seed) throws Exception {
    try (var files = Files.list(Cli.seeds())) {
      return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(seed)).findFirst().orElseThrow());
    }
  }

  /** Which seeds share a passage, as "000-002" with the lower number first. */
  private Set<String> seedPairs(JsonNode reuse) {
    Set<String> out = new TreeSet<>();
    for (JsonNode p : reuse) {
      String a = seedOf.get(p.get("from_article").asText());
      String b = seedOf.get(p.get("to_article").asText());
      out.add(a.compareTo(b) < 0 ? a + "-" + b : b + "-" + a);
    }
    return out;
  }

  @Test
  void theParisStoryListsThePassagesItsArticlesShareAndNoOtherStoryHasAny() throws Exception {
    JsonNode all = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
    for (JsonNode s : stories) {
      Set<String> members = new TreeSet<>();
      for (JsonNode a : s.get("articles")) members.add(seedOf.get(a.get("id").asText()));
      if (members.contains("000")) {
        assertEquals(Set.of("000-001", "000-002", "001-002"), seedPairs(s.get("reuse")),
            "each two of the three Paris reports share agency copy");
      } else {
        assertTrue(s.get("reuse").isEmpty(), members + " copied nothing: " + s.get("reuse"));
      }
      for (JsonNode p : s.get("reuse")) {
        ((com.fasterxml.jackson.databind.node.ArrayNode) all).add(p);
        for (String f : new String[] {"from_article", "to_article", "from_start", "from_end", "to_start", "to_end",
            "score"}) {
          assertTrue(p.has(f), "reuse entry lacks " + f + ": " + p);
        }
        double score = p.get("score").asDouble();
        assertTrue(score > 0 && score <= 1, p.toString());
      }
    }
    assertFalse(all.isEmpty());
  }

  @Test
  void theOffsetsSliceTheSamePassageOnBothSides() throws Exception {
    // Seed 000 and seed 002 both quote the White Helmets' spokesman with the same words; seed 001 and 002 both
    // name «رئيس المجلس المحلي المعارض لمدينة حلب بريتا حجي حسن». Each phrase lies inside one passage on each
    // side, and the two sides' texts are the articles' own characters.
    JsonNode reuse = Cli.run("reuse", idOf.get("002"), "--data", data.toString(), "--json").json();
    int helmets = 0;
    int hasan = 0;
    for (JsonNode p : reuse.get("copied_from")) {
      String from = p.get("from_text").asText();
      String to = p.get("to_text").asText();
      String fromSeed = seedOf.get(p.get("from_article").asText());
      assertEquals(text(fromSeed).substring(p.get("from_start").asInt(), p.get("from_end").asInt()), from);
      assertEquals(text("002").substring(p.get("to_start").asInt(), p.get("to_end").asInt()), to);
      if (from.contains("إبراهيم أبو الليث") && to.contains("إبراهيم أبو الليث")) helmets++;
      if (from.contains("بريتا حجي حسن") && to.contains("بريتا حجي حسن")) hasan++;
    }
    assertEquals(1, helmets, "the spokesman's passage, once");
    assertEquals(1, hasan, "the council head's passage, once");
  }

  @Test
  void analyzingAgainAddsNothingAndTheOutletReportAddsUp() throws Exception {
    int before = Cli.run("reuse", idOf.get("002"), "--data", data.toString(), "--json").json().get("copied_from")
        .size();
    Cli.Result again = Cli.run("analyze", Cli.seeds().toString(), "--data", data.toString(), "--json");
    assertEquals(0, again.exit(), again.err());
    assertEquals(0, again.json().get("reuse_new_passages").asInt());
    assertEquals(before, Cli.run("reuse", idOf.get("002"), "--data", data.toString(), "--json").json()
        .get("copied_from").size());
    // The seeds sit in one folder, which stands for their outlet: their copies are reported as the same
    // outlet's, none as copied from another outlet.
    JsonNode outlets = Cli.run("reuse", "--by-outlet", "--data", data.toString(), "--json").json().get("outlets");
    assertEquals(1, outlets.size());
    JsonNode o = outlets.get(0);
    assertEquals(5, o.get("articles").asInt());
    assertEquals(0, o.get("copied_chars").asLong());
    double same = o.get("same_outlet_share").asDouble();
    assertTrue(same > 0.03 && same < 0.3, "a part of the five seeds' text is shared copy: " + same);
  }

  @Test
  void aRunInTwoHalvesFindsWhatOneRunFinds() throws Exception {
    Path halves = tmp.resolve("halves");
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");
    Files.createDirectories(first);
    Files.createDirectories(second);
    try (var files = Files.list(Cli.seeds())) {
      for (Path f : files.toList()) {
        String name = f.getFileName().toString();
        // 002 arrives before 000 and 001: the pairs must not depend on arrival order.
        Files.copy(f, (name.startsWith("002") || name.startsWith("003") ? first : second).resolve(name));
      }
    }
    Set<String> whole = new TreeSet<>();
    for (String seed : idOf.keySet()) {
      for (JsonNode p : Cli.run("reuse", idOf.get(seed), "--data", data.toString(), "--json").json()
          .get("copied_from")) {
        whole.add(passage(p));
      }
    }
    // Folder names become the outlet, so both halves must sit in folders of the same name.
    Path a = halves.resolve("a").resolve("aleppo-2016");
    Path b = halves.resolve("b").resolve("aleppo-2016");
    Files.createDirectories(a);
    Files.createDirectories(b);
    try (var files = Files.list(first)) {
      for (Path f : files.toList()) Files.copy(f, a.resolve(f.getFileName()));
    }
    try (var files = Files.list(second)) {
      for (Path f : files.toList()) Files.copy(f, b.resolve(f.getFileName()));
    }
    Path twice = tmp.resolve("twice");
    assertEquals(0, Cli.run("analyze", a.toString(), "--data", twice.toString()).exit());
    assertEquals(0, Cli.run("analyze", b.toString(), "--data", twice.toString()).exit());
    Set<String> split = new TreeSet<>();
    for (String seed : idOf.keySet()) {
      for (JsonNode p : Cli.run("reuse", idOf.get(seed), "--data", twice.toString(), "--json").json()
          .get("copied_from")) {
        split.add(passage(p));
      }
    }
    // Orientation may differ (with no dates the source is the article stored first), the passages may not.
    assertEquals(unoriented(whole), unoriented(split));
  }

  private static String passage(JsonNode p) {
    return p.get("from_article").asText() + ":" + p.get("from_start") + "-" + p.get("from_end") + "|"
        + p.get("to_article").asText() + ":" + p.get("to_start") + "-" + p.get("to_end");
  }

  private static Set<String> unoriented(Set<String> passages) {
    Set<String> out = new TreeSet<>();
    for (String p : passages) {
      String[] sides = p.split("\\|");
      out.add(sides[0].compareTo(sides[1]) < 0 ? sides[0] + "|" + sides[1] : sides[1] + "|" + sides[0]);
    }
    return out;
  }

  @Test
  void anOutletsBoilerplateLineIsNotReuse() throws Exception {
    // The six BBC articles of RepeatedLineBoilerplateTest share BBC Arabic's 17-word app notice, enough words
    // for a passage; it is page furniture (marked boilerplate at ingest), and their bodies share nothing.
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ArrayNode records = json.createArrayNode();
    String[] bodies = {
        "قال وزير الخارجية الأمريكي جون كيري إن القصف العشوائي في حلب يرقى إلى جرائم حرب.",
        "عقدت عشر دول غربية وعربية تدعم المعارضة السورية اجتماعا في باريس.",
        "أفاد المرصد السوري بفرار أكثر من ألفي مدني من الأحياء الشرقية.",
        "دعا رئيس المجلس المحلي لمدينة حلب إلى وقف الهجوم على شرق المدينة.",
        "وصل وزير الخارجية الأمريكي إلى جنيف لإجراء محادثات طارئة حول النزاع السوري.",
        "أعلنت قوات سوريا الديموقراطية بدء المرحلة الثانية من حملة غضب الفرات."};
    for (int i = 0; i < bodies.length; i++) {
      records.addObject().put("id", "bbc-" + i).put("source", "bbc").put("title", "خبر " + i)
          .put("content", bodies[i] + "\n" + RepeatedLineBoilerplateTest.NOTICE);
    }
    // Two other outlets print the notice once each: there it is their text, and one copies the other.
    records.addObject().put("id", "x-0").put("source", "x").put("title", "تطبيق")
        .put("content", "نشرت بي بي سي تطبيقا جديدا للأخبار.\n" + RepeatedLineBoilerplateTest.NOTICE);
    records.addObject().put("id", "y-0").put("source", "y").put("title", "إشعارات")
        .put("content", "أعلنت القناة عن خدمة جديدة لقرائها.\n" + RepeatedLineBoilerplateTest.NOTICE);
    Path in = Files.createDirectories(tmp.resolve("bbc-in"));
    json.writeValue(in.resolve("articles.json").toFile(), records);
    Path bbc = tmp.resolve("bbc-data");
    Cli.Result r = Cli.run("analyze", in.toString(), "--data", bbc.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    assertEquals(6, r.json().get("boilerplate_marked").asInt());
    assertEquals(1, r.json().get("reuse_passages").asInt(), "x and y share the notice; BBC's copies are furniture");
    JsonNode y = Cli.run("reuse", "--by-outlet", "--data", bbc.toString(), "--json").json().get("outlets");
    long bbcCopied = -1;
    for (JsonNode o : y) if (o.get("outlet").asText().equals("bbc")) bbcCopied = o.get("copied_chars").asLong();
    assertEquals(0, bbcCopied);
  }
}
