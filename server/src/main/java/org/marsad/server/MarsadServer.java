package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code marsad serve}: the JSON API and the web UI over one data folder. Reads come from an immutable
 * snapshot swapped whole when analyze saves (here or in another process); writes (POST /api/articles) go
 * through one writer thread.
 */
public final class MarsadServer implements Closeable {

  private final ServerOptions options;
  private final LiveData data;
  private final ArticleWriter writer;
  private final Javalin app;

  private MarsadServer(ServerOptions options, LiveData data) throws IOException {
    this.options = options;
    this.data = data;
    this.writer = new ArticleWriter(data);
    byte[] openApi = openApi();
    this.app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
      config.http.maxRequestSize = IngestRoutes.MAX_BODY_BYTES;
      config.http.prefer405over404 = true;
      // No compression per request: on two cores, gzipping each list page costs several times making it.
      // Stories are kept gzipped and go out as they are to clients that accept it (Gzipped).
      config.http.disableCompression();
      config.router.ignoreTrailingSlashes = true;
    });
    app.before(SecurityHeaders::add);
    Errors.register(app);
    app.get("/api/health", ctx -> ctx.json(health()));
    app.get("/api/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(openApi));
    new StoryRoutes(data).register(app);
    new ArticleRoutes(data).register(app);
    new EntityRoutes(data).register(app);
    new ClaimRoutes(data).register(app);
    new SearchRoutes(data).register(app);
    new IngestRoutes(data, writer, options.token()).register(app);
    new WebRoutes().register(app);
  }

  /** Opens the data folder (an empty store when there is none yet) and starts answering. */
  public static MarsadServer start(ServerOptions options) throws IOException {
    LiveData data = new LiveData(options.dataDir(), options.pollMillis());
    MarsadServer server;
    try {
      server = new MarsadServer(options, data);
      server.app.start(options.host(), options.port());
    } catch (IOException | RuntimeException e) {
      data.close();
      throw e;
    }
    return server;
  }

  /** The port it listens on (the one chosen when asked for port 0). */
  public int port() {
    return app.port();
  }

  public String url() {
    return "http://" + options.host() + ":" + port() + "/";
  }

  private Map<String, Object> health() {
    Snapshot snap = data.snapshot();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", "ok");
    m.put("articles", data.store().count());
    m.put("stories", snap.stories().size());
    m.put("generation", snap.generation());
    m.put("writable", options.acceptsWrites());
    return m;
  }

  private static byte[] openApi() throws IOException {
    try (InputStream in = MarsadServer.class.getResourceAsStream("openapi.json")) {
      if (in == null) throw new IOException("openapi.json missing from the server jar");
      return in.readAllBytes();
    }
  }

  @Override
  public void close() throws IOException {
    app.stop();
    writer.close();
    data.close();
  }
}
