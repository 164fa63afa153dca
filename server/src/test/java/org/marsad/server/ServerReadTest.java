package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;

/** The GET API on a store analyzed from the seeds: the shapes, the CLI's contract, and the refusals. */
class ServerReadTest {

  private static Path data;
  private static MarsadServer server;
  private static Http http;

  @BeforeAll
  static void start() throws Exception {
    data = SeedStore.analyzed(Files.createTempDirectory("marsad-serve-read").resolve("data"));
    server = MarsadServer.start(new ServerOptions(data, "127.0.0.1", 0, null, 200));
    http = new Http(server);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close();
    try (java.util.stream.Stream<Path> all = Files.walk(data.getParent())) {
      for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
    }
  }

  @Test
  void storiesListPagesAndFilters() throws Exception {
    JsonNode all = http.get("/api/stories").json();
    assertEquals(3, all.get("total").asInt());
    assertEquals(0, all.get("offset").asInt());
    assertEquals(20, all.get("limit").asInt());
    JsonNode first = all.get("stories").get(0);
    for (String f : List.of("id", "title", "storyline", "first_seen", "last_seen", "outlets", "articles", "summary",
        "merged_ids", "entities", "abridged", "counts")) {
      assertTrue(first.has(f), "list item lacks " + f);
    }
    JsonNode second = http.get("/api/stories?page=2&limit=1").json();
    assertEquals(1, second.get("stories").size());
    assertEquals(1, second.get("offset").asInt());
    assertEquals(all.get("stories").get(1).get("id"), second.get("stories").get(0).get("id"));

    // Date filters keep the stories seen in the range, whatever the seeds' dates are.
    for (JsonNode s : all.get("stories")) {
      if (s.get("first_seen").isNull()) continue;
      String day = s.get("first_seen").asText().substring(0, 10);
      int since = 0;
      int until = 0;
      for (JsonNode o : all.get("stories")) {
        if (!o.get("last_seen").isNull() && o.get("last_seen").asText().substring(0, 10).compareTo(day) >= 0) since++;
        if (!o.get("first_seen").isNull() && o.get("first_seen").asText().substring(0, 10).compareTo(day) <= 0) until++;
      }
      assertEquals(since, http.get("/api/stories?since=" + day).json().get("total").asInt(), "since " + day);
      assertEquals(until, http.get("/api/stories?until=" + day).json().get("total").asInt(), "until " + day);
      assertEquals(1, http.get("/api/stories?since=" + day + "&until=" + day).json().get("total").asInt() > 0 ? 1 : 0);
    }
    assertEquals(0, http.get("/api/stories?since=2030-01-01").json().get("total").asInt());
    String outlet = first.get("outlets").get(0).asText();
    for (JsonNode s : http.get("/api/stories?outlet=" + Http.q(outlet)).json().get("stories")) {
      assertTrue(s.get("outlets").toString().contains(outlet));
    }
    String entity = first.get("entities").get(0).get("id").asText();
    JsonNode naming = http.get("/api/stories?entity=" + entity).json();
    assertTrue(naming.get("total").asInt() >= 1);
  }

  @Test
  void oneStoryIsTheStoryOfTheStoriesFile() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (Story s : StoryFile.readStories(data).stories()) {
      Http.Answer a = http.get("/api/stories/" + s.id());
      assertEquals(200, a.status());
      assertEquals(mapper.readTree(mapper.writeValueAsString(s)), a.json(), "story " + s.id());
    }
  }

  @Test
  void largeStoriesComeGzippedToClientsThatAcceptIt() throws Exception {
    ObjectMapper mapper = new ObjectMapper();
    for (Story s : StoryFile.readStories(data).stories()) {
      java.net.http.HttpResponse<byte[]> r = java.net.http.HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/stories/" + s.id()))
              .header("Accept-Encoding", "gzip").build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
      boolean large = mapper.writeValueAsBytes(s).length > SnapshotLoader.PLAIN_UP_TO_BYTES;
      assertEquals(large, "gzip".equals(r.headers().firstValue("Content-Encoding").orElse(null)), s.id());
      byte[] json = large
          ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(r.body())).readAllBytes() : r.body();
      assertEquals(mapper.readTree(mapper.writeValueAsString(s)), mapper.readTree(json));
    }
  }

  @Test
  void anArticleHasItsTextSpansEntitiesStoryAndReuse() throws Exception {
    JsonNode story = http.get("/api/stories").json().get("stories").get(0);
    String id = story.get("articles").get(0).get("id").asText();
    JsonNode a = http.get("/api/articles/" + id).json();
    String text = a.get("text").asText();
    int entities = 0;
    for (JsonNode span : a.get("spans")) {
      String slice = text.substring(span.get("start").asInt(), span.get("end").asInt());
      assertFalse(slice.isEmpty());
      if (span.get("kind").asText().equals("entity")) {
        entities++;
        assertTrue(span.has("entity"), "entity span without its entity id: " + span);
        assertEquals(200, http.get("/api/entities/" + span.get("entity").asText()).status());
      }
    }
    assertTrue(entities > 0);
    assertEquals(story.get("id"), a.get("story"));
    assertTrue(a.get("copied_from").isArray() && a.get("copied_by").isArray());
    for (String f : List.of("quotes", "figures", "source_id", "outlet", "published", "format")) assertTrue(a.has(f), f);
    JsonNode sentences = http.get("/api/articles/" + id + "?spans=sentence").json().get("spans");
    for (JsonNode span : sentences) assertEquals("sentence", span.get("kind").asText());

    JsonNode list = http.get("/api/articles?limit=2").json();
    assertEquals(5, list.get("total").asInt());
    assertEquals(2, list.get("articles").size());
  }

  @Test
  void searchFindsDeMisturaWithFacets() throws Exception {
    JsonNode r = http.get("/api/search?q=" + Http.q("دي ميستورا")).json();
    assertTrue(r.get("total").asInt() >= 1, r.toString());
    JsonNode hit = r.get("hits").get(0);
    assertTrue(hit.get("snippet").asText().contains("ميستورا"), hit.toString());
    assertTrue(r.get("facets").get("outlet").size() >= 1);
    assertTrue(r.get("facets").get("day").size() >= 1);
    assertTrue(r.get("facets").get("entity_type").has("PER"), r.get("facets").toString());
    // The facets count every matching article, not only the hits shown.
    JsonNode one = http.get("/api/search?limit=1&q=" + Http.q("حلب")).json();
    int total = one.get("total").asInt();
    assertTrue(total > 1 && one.get("hits").size() == 1);
    int outlets = 0;
    for (JsonNode n : one.get("facets").get("outlet")) outlets += n.asInt();
    int days = one.get("facets").get("unknown_day").asInt();
    for (JsonNode n : one.get("facets").get("day")) days += n.asInt();
    assertEquals(total, outlets);
    assertEquals(total, days);
    assertEquals(total, one.get("facets").get("entity_type_over").asInt());
    // Choosing a facet narrows the hits to its count: only seed 004 is dated (2016-11-30), all five seeds sit
    // in the folder that stands for their outlet; the facets themselves stay those of the whole query.
    JsonNode day = http.get("/api/search?q=" + Http.q("حلب") + "&day=2016-11-30").json();
    assertEquals(one.get("facets").get("day").get("2016-11-30").asInt(), day.get("total").asInt());
    assertEquals("2016-11-30", day.get("hits").get(0).get("published").asText().substring(0, 10));
    assertEquals(one.get("facets"), day.get("facets"));
    assertEquals(total, http.get("/api/search?q=" + Http.q("حلب") + "&outlet=aleppo-2016").json().get("total").asInt());
    assertEquals(0, http.get("/api/search?q=" + Http.q("حلب") + "&outlet=elsewhere").json().get("total").asInt());
    assertEquals(400, http.get("/api/search?q=" + Http.q("حلب") + "&day=2016-13-01").status());
  }

  @Test
  void entitiesQuotesAndFigures() throws Exception {
    JsonNode people = http.get("/api/entities?type=PER&limit=5").json();
    assertTrue(people.get("total").asInt() > 0);
    for (JsonNode e : people.get("entities")) assertEquals("PER", e.get("type").asText());
    JsonNode top = people.get("entities").get(0);
    // ?q= finds a name in any spelling: «ستيفان دي ميستورا» is also written «ستافان».
    JsonNode mistura = http.get("/api/entities?q=" + Http.q("ستافان")).json();
    assertTrue(mistura.get("entities").toString().contains("ميستورا"), mistura.toString());
    JsonNode one = http.get("/api/entities/" + top.get("id").asText()).json();
    assertEquals(top.get("name"), one.get("name"));
    assertEquals(top.get("stories").size(), one.get("appearances").size());

    JsonNode quotes = http.get("/api/quotes").json();
    assertTrue(quotes.get("total").asInt() > 0);
    JsonNode q = quotes.get("quotes").get(0);
    assertTrue(q.has("story") && q.has("speaker") && q.has("text"));
    assertEquals(quotes.get("total").asInt(), sum("/api/quotes?story=", "quotes"));

    JsonNode figures = http.get("/api/figures").json();
    assertEquals(figures.get("total").asInt(), sum("/api/figures?story=", "figures"));
    assertEquals(400, http.get("/api/figures?kind=weather").status());
  }

  private static int sum(String path, String field) throws Exception {
    int n = 0;
    for (JsonNode s : http.get("/api/stories").json().get("stories")) {
      n += http.get(path + s.get("id").asText()).json().get("total").asInt();
    }
    return n;
  }

  @Test
  void badParametersAre400AndUnknownIds404AsJson() throws Exception {
    for (String bad : List.of("/api/stories?limit=0", "/api/stories?limit=201", "/api/stories?limit=abc",
        "/api/stories?since=2016-13-45", "/api/stories?offset=1&page=2", "/api/stories?entity=../x",
        "/api/stories/x1", "/api/articles/NOT-AN-ID", "/api/entities/e000001", "/api/search",
        "/api/search?q=" + "ح".repeat(501), "/api/articles/0123456789abcdef?spans=nope")) {
      Http.Answer a = http.get(bad);
      assertEquals(400, a.status(), bad + " -> " + a.body());
      assertEquals(400, a.json().get("status").asInt());
      assertNotNull(a.json().get("error").asText());
    }
    for (String missing : List.of("/api/stories/e000099", "/api/articles/0123456789abcdef", "/api/entities/n999999",
        "/api/nothing-here", "/api/quotes?story=e000099", "/assets/app.js", "/assets/..%2Fsecret")) {
      Http.Answer a = http.get(missing);
      assertEquals(404, a.status(), missing + " -> " + a.body());
      assertEquals(404, a.json().get("status").asInt());
    }
    Http.Answer delete = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
        + "/api/stories")).DELETE());
    assertEquals(405, delete.status());
    assertEquals(405, delete.json().get("status").asInt());
  }

  @Test
  void pagesAnswerTheUiOrSayItIsNotBuiltWithSafeHeaders() throws Exception {
    for (String page : List.of("/", "/stories/e000001", "/articles/0123456789abcdef", "/entities/n000001",
        "/search?q=x")) {
      Http.Answer a = http.get(page);
      assertEquals(200, a.status(), page);
      assertTrue(a.header("Content-Type").startsWith("text/html"), page);
      assertTrue(a.header("Content-Security-Policy").contains("default-src 'self'"));
      assertEquals("nosniff", a.header("X-Content-Type-Options"));
      boolean built = getClass().getClassLoader().getResource(WebRoutes.ROOT + "index.html") != null;
      if (!built) assertTrue(a.body().contains("UI not built"), a.body());
    }
    assertEquals("nosniff", http.get("/api/stories").header("X-Content-Type-Options"));
  }

  @Test
  void openApiDescribesEveryRoute() throws Exception {
    JsonNode doc = http.get("/api/openapi.json").json();
    assertTrue(doc.get("openapi").asText().startsWith("3."));
    for (String path : List.of("/api/stories", "/api/stories/{id}", "/api/articles", "/api/articles/{id}",
        "/api/entities", "/api/entities/{id}", "/api/quotes", "/api/figures", "/api/search", "/api/openapi.json",
        "/api/health")) {
      assertTrue(doc.get("paths").has(path), path);
    }
    assertTrue(doc.get("paths").get("/api/articles").has("post"));
  }
}
