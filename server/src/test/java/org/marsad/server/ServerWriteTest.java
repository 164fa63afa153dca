package org.marsad.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleStore;

/** POST /api/articles, the token, the limits, and live updates from this server and from other writers. */
class ServerWriteTest {

  private static final String TOKEN = "s3cret-token";

  /** A new report on the Aleppo talks, written for this test in the seeds' style. */
  static final String ARTICLE = "حلب - قال المبعوث الأممي إلى سوريا ستافان دي ميستورا اليوم الأحد إن المحادثات "
      + "بشأن إجلاء المدنيين من شرق حلب ما زالت مستمرة، داعياً جميع الأطراف إلى احترام وقف إطلاق النار. وأضاف دي "
      + "ميستورا في مؤتمر صحفي في جنيف أن آلاف المدنيين ما زالوا محاصرين في الأحياء الشرقية من المدينة، وأن الأمم "
      + "المتحدة مستعدة لمراقبة عمليات الإجلاء. وأكد أن الأولوية هي حماية المدنيين في حلب.";

  @TempDir Path tmp;
  private MarsadServer server;

  private Http start(String token) throws Exception {
    Path data = SeedStore.analyzed(tmp.resolve("data"));
    server = MarsadServer.start(new ServerOptions(data, "127.0.0.1", 0, token, 200));
    return new Http(server);
  }

  @AfterEach
  void stop() throws Exception {
    if (server != null) server.close();
  }

  private static String record(String text, String title) {
    ObjectNode o = new ObjectMapper().createObjectNode();
    o.put("title", title);
    o.put("text", text);
    o.put("published", "2016-12-11");
    o.put("outlet", "test-wire");
    return o.toString();
  }

  @Test
  void withoutATokenTheServerIsReadOnly() throws Exception {
    Http http = start(null);
    Http.Answer a = http.post("/api/articles", record(ARTICLE, "t"), "anything");
    assertEquals(403, a.status());
    assertEquals(403, a.json().get("status").asInt());
    assertEquals(5, http.get("/api/articles").json().get("total").asInt());
  }

  @Test
  void postNeedsTheRightTokenAndAddsTheArticleToTheStories() throws Exception {
    Http http = start(TOKEN);
    assertEquals(401, http.post("/api/articles", record(ARTICLE, "t"), null).status());
    Http.Answer wrong = http.post("/api/articles", record(ARTICLE, "t"), "not-" + TOKEN);
    assertEquals(401, wrong.status());
    assertEquals(401, wrong.json().get("status").asInt());
    assertEquals(400, http.post("/api/articles", "{not json", TOKEN).status());
    assertEquals(400, http.post("/api/articles", "[1, 2]", TOKEN).status());
    assertEquals(400, http.post("/api/articles", "[]", TOKEN).status());

    int storiesBefore = http.get("/api/stories").json().get("total").asInt();
    // Asked before the article comes (and cached): the answer after must not be this one.
    String search = "/api/search?q=" + Http.q("\"لمراقبة عمليات الإجلاء\"");
    assertEquals(0, http.get(search).json().get("total").asInt());
    Http.Answer posted = http.post("/api/articles", record(ARTICLE, "دي ميستورا: محادثات إجلاء المدنيين من حلب مستمرة"),
        TOKEN);
    assertEquals(201, posted.status(), posted.body());
    JsonNode report = posted.json();
    assertEquals(1, report.get("stored").asInt());
    String id = report.get("articles").get(0).get("id").asText();
    String story = report.get("articles").get(0).get("story").asText();
    assertNotNull(story);

    // The stories show it at once (this server wrote it); the article reads back as it was sent.
    JsonNode stories = http.get("/api/stories").json();
    assertTrue(stories.toString().contains(id), stories.toString());
    assertTrue(stories.get("total").asInt() >= storiesBefore);
    JsonNode article = http.get("/api/articles/" + id).json();
    assertEquals(ARTICLE, article.get("text").asText());
    assertTrue(article.get("origin").asText().startsWith("POST /api/articles batch-"), article.get("origin").asText());
    assertEquals("test-wire", article.get("outlet").asText());
    assertEquals(story, article.get("story").asText());
    assertTrue(http.get(search).body().contains(id));

    // The same article again is a duplicate, not stored twice.
    JsonNode again = http.post("/api/articles", "[" + record(ARTICLE, "again") + "]", TOKEN).json();
    assertEquals(0, again.get("stored").asInt());
    assertEquals(1, again.get("duplicates").asInt());
    assertEquals(6, http.get("/api/articles").json().get("total").asInt());
  }

  @Test
  void scriptInAPostedArticleComesBackAsInertJsonText() throws Exception {
    Http http = start(TOKEN);
    String script = "<script>alert(1)</script>";
    String img = "<img src=x onerror=alert(1)>";
    String text = ARTICLE + " " + script + " " + img;
    Http.Answer posted = http.post("/api/articles", record(text, "عنوان " + script), TOKEN);
    assertEquals(201, posted.status(), posted.body());
    String id = posted.json().get("articles").get(0).get("id").asText();
    Http.Answer a = http.get("/api/articles/" + id);
    assertTrue(a.header("Content-Type").startsWith("application/json"), a.header("Content-Type"));
    assertEquals("nosniff", a.header("X-Content-Type-Options"));
    JsonNode json = a.json();
    // Whatever the reader kept of the markup is a string value inside JSON, with < > & escaped: never markup.
    assertFalse(json.get("text").asText().isEmpty());
    assertTrue(json.get("title").asText().contains(script), json.get("title").asText());
    for (String path : new String[] {"/api/articles/" + id, "/api/stories", "/api/search?q=" + Http.q("alert"),
        "/api/stories/" + json.get("story").asText()}) {
      String body = http.get(path).body();
      assertFalse(body.contains("<script") || body.contains("<img"), path + ": " + body);
    }
    assertTrue(http.get("/api/stories").body().contains("\\u003Cscript\\u003E"));
  }

  @Test
  void aHugeBodyIs413() throws Exception {
    Http http = start(TOKEN);
    String huge = record("ح".repeat(6 << 20), "big");
    Http.Answer a = http.post("/api/articles", huge, TOKEN);
    assertEquals(413, a.status());
    assertEquals(413, a.json().get("status").asInt());
  }

  @Test
  void aStoreHeldByAnotherWriterIs409() throws Exception {
    Http http = start(TOKEN);
    try (ArticleStore busy = ArticleStore.open(tmp.resolve("data"))) {
      Http.Answer a = http.post("/api/articles", record(ARTICLE, "t"), TOKEN);
      assertEquals(409, a.status(), a.body());
      assertEquals(409, a.json().get("status").asInt());
    }
  }

  @Test
  void storiesSavedByAnotherProcessShowWithinSeconds() throws Exception {
    Http http = start(null);
    // What analyze writes after a merge: e000001 absorbed e000009; the file is replaced as analyze does.
    Path file = tmp.resolve("data/stories/stories.json");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = (ObjectNode) mapper.readTree(file.toFile());
    for (JsonNode s : (ArrayNode) root.get("stories")) {
      if (s.get("id").asText().equals("e000001")) ((ObjectNode) s).putArray("merged_ids").add("e000009");
    }
    Path next = file.resolveSibling("stories.json.tmp");
    mapper.writeValue(next.toFile(), root);
    java.nio.file.Files.move(next, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE,
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);

    JsonNode shown = null;
    for (int i = 0; i < 50 && (shown == null || !shown.has("id")); i++) {
      Thread.sleep(100);
      Http.Answer a = http.get("/api/stories/e000009");
      if (a.status() == 200) shown = a.json();
    }
    assertNotNull(shown, "the merged id did not resolve within 5 s");
    assertEquals("e000001", shown.get("id").asText());
    assertEquals("e000009", shown.get("resolved_from").asText());
    assertFalse(http.get("/api/stories/e000001").json().has("resolved_from"));
  }
}
