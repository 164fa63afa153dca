package org.marsad.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;
import org.marsad.store.ArticleStore;

/**
 * A server for the browser tests, in-process on a free port over a temporary store: {@link #seeds()} holds
 * the five seed articles analyzed as `marsad analyze samples/aleppo-2016` does; {@link #hostile()} starts
 * empty and gets one hostile article through POST /api/articles. Each is started once per test JVM and
 * stopped when it exits.
 */
final class ServedStore {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String TOKEN = "e2e-token";
  private static ServedStore seeds;
  private static ServedStore hostile;

  final Path data;
  final MarsadServer server;

  private ServedStore(boolean analyzeSeeds) throws Exception {
    data = Files.createTempDirectory("marsad-e2e-");
    if (analyzeSeeds) {
      try (ArticleStore store = ArticleStore.open(data)) {
        new Ingester(store, IngestOptions.defaults(), null).ingest(List.of(repo().resolve("samples/aleppo-2016")));
        new ReuseBuilder(ReuseOptions.defaults()).update(store);
        new StoryBuilder(ClusteringOptions.defaults(), SummaryOptions.defaults()).update(store);
      }
    }
    server = MarsadServer.start(new ServerOptions(data, "127.0.0.1", 0, TOKEN, 200));
    Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
  }

  static synchronized ServedStore seeds() throws Exception {
    if (seeds == null) seeds = new ServedStore(true);
    return seeds;
  }

  /** A store of one article, {@link HostileArticle}, posted as a client of the API would. */
  static synchronized ServedStore hostile() throws Exception {
    if (hostile == null) {
      hostile = new ServedStore(false);
      hostile.post("/api/articles", HostileArticle.record());
    }
    return hostile;
  }

  /** The one article of {@link #hostile()}'s store, as GET /api/articles/{id} gives it (its story included). */
  JsonNode onlyArticle() throws IOException, InterruptedException {
    JsonNode articles = get("/api/articles").path("articles");
    if (articles.size() != 1) throw new IllegalStateException("expected one stored article: " + articles);
    return get("/api/articles/" + articles.path(0).path("id").asText());
  }

  /** The server's address for a path ("/stories/e000001"). */
  String url(String path) {
    return server.url().replaceAll("/$", "") + path;
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) throw new IllegalStateException("GET " + path + ": " + r.statusCode() + " " + r.body());
    return JSON.readTree(r.body());
  }

  private JsonNode post(String path, Object body) throws IOException, InterruptedException {
    HttpResponse<String> r = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(url(path)))
            .header("Authorization", "Bearer " + TOKEN)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() / 100 != 2) throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
    return JSON.readTree(r.body());
  }

  private void stop() {
    try {
      server.close();
    } catch (IOException e) {
      // The JVM is exiting; the temporary folder goes anyway below.
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left in the temp folder.
    }
  }

  /** The repository root: failsafe passes it; otherwise walk up to the folder holding samples/. */
  static Path repo() {
    String p = System.getProperty("marsad.repo");
    if (p != null && Files.isDirectory(Path.of(p, "samples"))) return Path.of(p);
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) dir = dir.getParent();
    if (dir == null) throw new IllegalStateException("cannot find the repository root");
    return dir;
  }
}
