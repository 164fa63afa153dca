package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.store.ArticleStore;

/** marsad watch --once on a feed served by the test and a folder of seed files. */
class WatchTest {

  @TempDir Path data;
  @TempDir Path incoming;
  HttpServer server;
  volatile int status = 200;
  final List<String> ifNoneMatch = new ArrayList<>();

  @BeforeEach
  void serveTheFeed() throws Exception {
    byte[] rss = rssOf("000", "001", "002").getBytes(StandardCharsets.UTF_8);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/rss.xml", ex -> {
      try {
        synchronized (ifNoneMatch) {
          ifNoneMatch.add(ex.getRequestHeaders().getFirst("If-None-Match"));
        }
        ex.getResponseHeaders().add("ETag", "\"aleppo-1\"");
        if (status != 200) {
          ex.sendResponseHeaders(status, -1);
        } else if ("\"aleppo-1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
        } else {
          ex.sendResponseHeaders(200, rss.length);
          ex.getResponseBody().write(rss);
        }
      } finally {
        ex.close();
      }
    });
    server.start();
  }

  @AfterEach
  void stopServing() {
    server.stop(0);
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/rss.xml";
  }

  /** RSS items made of seed articles: first line the title, the rest the content. */
  static String rssOf(String... seeds) throws Exception {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel>"
        + "<title>حلب</title><link>https://news.example/</link><description>أخبار</description>\n");
    for (String seed : seeds) {
      String text = Files.readString(seedFile(seed)).strip();
      int nl = text.indexOf('\n');
      sb.append("<item><title>").append(text, 0, nl).append("</title>")
          .append("<guid>https://news.example/aleppo/").append(seed).append("</guid>")
          .append("<pubDate>Sat, 10 Dec 2016 19:00:00 +0100</pubDate>")
          .append("<description><![CDATA[<p>").append(text.substring(nl + 1).replace("\n", "</p><p>"))
          .append("</p>]]></description></item>\n");
    }
    return sb.append("</channel></rss>\n").toString();
  }

  static Path seedFile(String prefix) throws Exception {
    try (var files = Files.list(Cli.seeds())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
    }
  }

  @Test
  void oncePollsTheFeedReadsTheFolderAndBuildsTheStories() throws Exception {
    for (String seed : List.of("003", "004")) {
      Files.copy(seedFile(seed), incoming.resolve(seedFile(seed).getFileName()));
    }
    Cli.Result r = Cli.run("watch", "--once", url(), incoming.toString(), "--data", data.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals("", r.err());
    String out = r.out().strip();
    assertTrue(out.contains("3 new (3 from " + url() + ")"), out);
    assertTrue(out.contains("2 new (2 from " + incoming + ")"), out);
    assertTrue(out.contains("stories: "), out);
    JsonNode stories = Cli.run("stories", "--data", data.toString(), "--json").json().get("stories");
    int articles = 0;
    for (JsonNode s : stories) articles += s.get("articles").size();
    assertEquals(5, articles, "every article is in a story");
    assertTrue(Files.exists(data.resolve("watch/feeds.json")));

    // Again: the feed answers 304 to its saved ETag, the files are stored already.
    Cli.Result again = Cli.run("watch", "--once", url(), incoming.toString(), "--data", data.toString());
    assertEquals(0, again.exit(), again.err());
    assertEquals("\"aleppo-1\"", ifNoneMatch.get(ifNoneMatch.size() - 1));
    assertTrue(again.out().contains("nothing new; 2 already stored"), again.out());
    assertEquals(5, Cli.run("articles", "--data", data.toString(), "--json").json().get("total").asInt());
  }

  @Test
  void jsonPrintsOneObjectPerBatch() throws Exception {
    Cli.Result r = Cli.run("watch", "--once", "--json", url(), "--data", data.toString());
    assertEquals(0, r.exit(), r.err());
    assertEquals(1, r.out().strip().lines().count(), r.out());
    JsonNode batch = r.json();
    assertEquals(3, batch.get("stored").asInt());
    JsonNode source = batch.get("sources").get(0);
    assertEquals(url(), source.get("source").asText());
    assertTrue(source.get("failure").isNull());
    List<String> ids = new ArrayList<>();
    for (JsonNode a : source.get("articles")) ids.add(a.get("source_id").asText());
    assertEquals(List.of("https://news.example/aleppo/000", "https://news.example/aleppo/001",
        "https://news.example/aleppo/002"), ids);
    assertEquals("news.example", source.get("articles").get(0).get("outlet").asText());
    assertTrue(batch.get("stories_changed").asInt() >= 1, batch.toString());
  }

  @Test
  void aFailingFeedIsOneLineAndExitsOneInOnceMode() {
    status = 503;
    Cli.Result r = Cli.run("watch", "--once", url(), "--interval", "60", "--data", data.toString());
    assertEquals(1, r.exit());
    assertEquals("marsad: watch " + url() + ": HTTP 503 (Service Unavailable); next try in 2 min", r.err().strip());
  }

  @Test
  void aStoreHeldByAnotherWriterFailsAtStartOnOneLine() throws Exception {
    try (ArticleStore held = ArticleStore.open(data)) {
      Cli.Result r = Cli.run("watch", "--once", url(), "--data", data.toString());
      assertEquals(2, r.exit());
      String err = r.err().strip();
      assertEquals(1, err.lines().count(), err);
      assertTrue(err.contains("is in use by another process"), err);
      assertTrue(ifNoneMatch.isEmpty(), "no feed is fetched before the store is ours");
    }
  }

  @Test
  void anArgumentThatIsNeitherAUrlNorAFolderIsRejected() {
    Cli.Result r = Cli.run("watch", "--once", "no-such-folder", "--data", data.toString());
    assertEquals(2, r.exit());
    assertEquals("marsad: not a feed URL (http:// or https://) or a folder: no-such-folder", r.err().strip());
  }
}
