package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On the seeds: `analyze` tags and resolves entities; stories, `entities` and `article --json` show them. */
class EntitiesTest {

  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void analyzeSeeds() throws Exception {
    data = tmp.resolve("data");
    Cli.Result r = Cli.run("analyze", Cli.seeds().toString(), "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
  }

  private static JsonNode entityNamed(JsonNode entities, String alias) {
    for (JsonNode e : entities) {
      for (JsonNode a : e.get("aliases")) if (a.asText().equals(alias)) return e;
    }
    return null;
  }

  @Test
  void kerryIsOnePersonAcrossStoriesWithHisShortForm() throws Exception {
    JsonNode all = Cli.run("entities", "--data", data.toString(), "--type", "PER", "--limit", "1000", "--json")
        .json().get("entities");
    // 000-002 (Paris meeting) and 003 (Geneva) all name the US Secretary of State, as «جون كيري» and «كيري».
    JsonNode kerry = entityNamed(all, "جون كيري");
    assertNotNull(kerry, all.toString());
    assertEquals("PER", kerry.get("type").asText());
    assertTrue(kerry.get("stories").size() >= 2, "the Paris and the Geneva stories: " + kerry);
    assertEquals(kerry, entityNamed(all, "كيري"), "the short form is the same person");
    for (JsonNode e : all) assertEquals("PER", e.get("type").asText(), "--type PER lists people only");
  }

  @Test
  void theSeedsSpellingVariantsResolveToOneEntityEach() throws Exception {
    JsonNode all = Cli.run("entities", "--data", data.toString(), "--limit", "1000", "--json").json().get("entities");
    // Each pair is how two seeds spell one name (issue 4's list): أيرولت in 001/002, أيرو in 004; ستيفان in
    // 002/003, ستافان in 004; «حجي حسن» in 001/002 (the tagger misses «بريتا» there), «بريتا حاجي حسن» in 004;
    // «الولاياتالمتحدة» glued in 002, spaced in 000 and 003.
    String[][] pairs = {{"جان مارك أيرولت", "جان مارك أيرو"}, {"ستيفان دي ميستورا", "ستافان دي ميستورا"},
        {"حجي حسن", "بريتا حاجي حسن"}, {"الولايات المتحدة", "الولاياتالمتحدة"}, {"جون كيري", "كيري"}};
    for (String[] p : pairs) {
      JsonNode a = entityNamed(all, p[0]);
      assertNotNull(a, p[0] + " not found");
      assertEquals(a, entityNamed(all, p[1]), p[0] + " / " + p[1]);
    }
  }

  @Test
  void quotesAndFiguresListWhatTheStoriesHold() throws Exception {
    // Seed 000 and 001 quote Kerry («قال وزير الخارجية الأمريكي جون كيري ...»): his statements are found
    // under any spelling of his name, each citing its article exactly.
    JsonNode quotes = Cli.run("quotes", "--data", data.toString(), "--speaker", "كيري", "--json").json();
    assertTrue(quotes.get("total").asInt() >= 3, quotes.toString());
    for (JsonNode q : quotes.get("quotes")) {
      assertTrue(q.get("speaker").asText().contains("كيري"), q.toString());
      JsonNode a = Cli.run("article", q.get("article").asText(), "--data", data.toString(), "--json",
          "--spans", "sentence").json();
      assertEquals(q.get("text").asText(), a.get("text").asText().substring(q.get("start").asInt(), q.get("end").asInt()));
    }
    // Seed 002 counts 409 civilians and 45 children killed in Aleppo.
    JsonNode killed = Cli.run("figures", "--data", data.toString(), "--kind", "killed", "--json").json();
    Set<Long> values = new HashSet<>();
    for (JsonNode f : killed.get("figures")) {
      assertEquals("killed", f.get("kind").asText());
      values.add(f.get("value").asLong());
    }
    assertTrue(values.contains(409L) && values.contains(45L), values.toString());
    assertEquals(2, Cli.run("figures", "--data", data.toString(), "--kind", "dead").exit(), "an unknown kind is refused");
  }

  @Test
  void storiesListTheirEntitiesWithCorpusWideIds() throws Exception {
    JsonNode stories = Cli.run("stories", "--data", data.toString(), "--json").json().get("stories");
    Set<String> ids = new HashSet<>();
    for (JsonNode s : stories) {
      assertTrue(s.has("entities"), "story lacks entities: " + s.get("id"));
      int previousArticles = Integer.MAX_VALUE;
      for (JsonNode e : s.get("entities")) {
        for (String f : new String[] {"id", "name", "type", "aliases", "mentions", "articles"}) {
          assertTrue(e.has(f), "entity lacks " + f + ": " + e);
        }
        // Most central first: named in the most of the story's articles.
        assertTrue(e.get("articles").size() <= previousArticles, s.get("entities").toString());
        previousArticles = e.get("articles").size();
        ids.add(e.get("id").asText());
      }
    }
    assertFalse(ids.isEmpty());
  }

  @Test
  void articleJsonLinksEachEntitySpanToItsEntity() throws Exception {
    JsonNode rows = Cli.run("articles", "--data", data.toString(), "--json").json().get("articles");
    int linked = 0;
    for (JsonNode row : rows) {
      JsonNode a = Cli.run("article", row.get("id").asText(), "--data", data.toString(), "--json",
          "--spans", "entity").json();
      String text = a.get("text").asText();
      for (JsonNode s : a.get("spans")) {
        assertEquals("entity", s.get("kind").asText());
        String mention = text.substring(s.get("start").asInt(), s.get("end").asInt());
        // Clitics stay outside: no mention starts with a conjunction glued to a bare name («وكيري»).
        assertFalse(mention.startsWith("وكيري") || mention.startsWith("لروسيا"), mention);
        assertTrue(Set.of("PER", "LOC", "ORG", "MISC").contains(s.get("note").asText()), s.toString());
        if (s.has("entity")) linked++;
      }
    }
    assertTrue(linked > 50, "the five seeds name dozens of entities; linked " + linked);
  }

  @Test
  void theParisStoryFlagsTheWesternListThatNamesFourOfFive() throws Exception {
    // Seed 001: «ممثلو 5 دول غربية هي أميركا وبريطانيا وألمانيا وإيطاليا»: five counted, four named (France,
    // the host, is missing). The Arab lists of 001 and 002 agree («المملكة» is Saudi Arabia), and every outlet
    // counts ten countries, so this is the story's one disagreement.
    JsonNode stories = Cli.run("stories", "--data", data.toString(), "--json").json().get("stories");
    int found = 0;
    for (JsonNode s : stories) {
      for (JsonNode d : s.get("disagreements")) {
        found++;
        assertEquals("count_vs_named", d.get("reason").asText(), d.toString());
        assertEquals("countries", d.get("kind").asText());
        JsonNode claim = d.get("claims").get(0);
        assertEquals(5, claim.get("value").asInt());
        assertEquals(4, claim.get("members").size());
        assertEquals("بريطانيا", claim.get("members").get(1).asText());
      }
    }
    assertEquals(1, found);
  }
}
