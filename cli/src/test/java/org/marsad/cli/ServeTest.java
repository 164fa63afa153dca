package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.server.MarsadServer;
import org.marsad.server.ServerOptions;

/** What `marsad serve` answers is what the commands print with --json, on a store `marsad analyze` made. */
class ServeTest {

  @TempDir Path tmp;

  private final HttpClient client = HttpClient.newHttpClient();

  private JsonNode get(MarsadServer server, String path) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1))).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, r.statusCode(), path + ": " + r.body());
    return new ObjectMapper().readTree(r.body());
  }

  @Test
  void theApiAnswersWhatTheCommandsPrint() throws Exception {
    Path data = tmp.resolve("data");
    assertEquals(0, Cli.run("analyze", Cli.seeds().toString(), "--data", data.toString()).exit());
    try (MarsadServer server = MarsadServer.start(new ServerOptions(data, "127.0.0.1", 0, null, 200))) {
      JsonNode stories = Cli.run("stories", "--data", data.toString(), "--json").json().get("stories");
      JsonNode listed = get(server, "/api/stories").get("stories");
      assertEquals(stories.size(), listed.size());
      for (int i = 0; i < stories.size(); i++) {
        String id = stories.get(i).get("id").asText();
        assertEquals(id, listed.get(i).get("id").asText(), "same order");
        assertEquals(stories.get(i), get(server, "/api/stories/" + id));
        assertEquals(Cli.run("story", id, "--data", data.toString(), "--json").json(), get(server, "/api/stories/" + id));
        String article = stories.get(i).get("articles").get(0).get("id").asText();
        JsonNode printed = Cli.run("article", article, "--data", data.toString(), "--json").json();
        JsonNode served = get(server, "/api/articles/" + article);
        printed.fieldNames().forEachRemaining(f -> assertEquals(printed.get(f), served.get(f), article + " " + f));
        JsonNode reuse = Cli.run("reuse", article, "--data", data.toString(), "--json").json();
        assertEquals(reuse.get("copied_from"), served.get("copied_from"));
        assertEquals(reuse.get("copied_by"), served.get("copied_by"));
      }
      JsonNode search = Cli.run("search", "دي ميستورا", "--limit", "20", "--data", data.toString(), "--json").json();
      JsonNode found = get(server, "/api/search?q=" + URLEncoder.encode("دي ميستورا", StandardCharsets.UTF_8));
      assertTrue(search.get("total").asInt() > 0);
      assertEquals(search.get("hits"), found.get("hits"));
      JsonNode entities = Cli.run("entities", "--limit", "200", "--data", data.toString(), "--json").json();
      assertEquals(entities.get("entities"), get(server, "/api/entities?limit=200").get("entities"));
      assertEquals(Cli.run("quotes", "--limit", "200", "--data", data.toString(), "--json").json().get("quotes"),
          get(server, "/api/quotes?limit=200").get("quotes"));
      assertEquals(Cli.run("figures", "--limit", "200", "--data", data.toString(), "--json").json().get("figures"),
          get(server, "/api/figures?limit=200").get("figures"));
    }
  }
}
