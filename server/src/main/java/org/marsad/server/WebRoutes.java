package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The web UI's static files, from the classpath folder {@code org/marsad/web/} (the web module). The UI is a
 * single-page app: its pages all answer with index.html, which reads the URL; other files are under
 * /assets/. Without the web module on the classpath, pages answer a short "UI not built" page.
 */
final class WebRoutes {

  static final String ROOT = "org/marsad/web/";

  /** Asset names: folders and files of letters, digits, dot, dash and underscore; never "..". */
  private static final Pattern ASSET = Pattern.compile("(?:[A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*");

  private static final Map<String, String> TYPES = Map.ofEntries(
      Map.entry("html", "text/html; charset=utf-8"),
      Map.entry("js", "text/javascript; charset=utf-8"),
      Map.entry("mjs", "text/javascript; charset=utf-8"),
      Map.entry("css", "text/css; charset=utf-8"),
      Map.entry("json", "application/json; charset=utf-8"),
      Map.entry("svg", "image/svg+xml"),
      Map.entry("png", "image/png"),
      Map.entry("jpg", "image/jpeg"),
      Map.entry("ico", "image/x-icon"),
      Map.entry("woff2", "font/woff2"),
      Map.entry("woff", "font/woff"),
      Map.entry("txt", "text/plain; charset=utf-8"));

  static final String NOT_BUILT = """
      <!doctype html>
      <html lang="en">
      <head><meta charset="utf-8"><title>Marsad</title></head>
      <body>
      <h1>Marsad</h1>
      <p>UI not built: this server has no web UI on its classpath (org/marsad/web/index.html, from the web
      module). The JSON API answers under <a href="/api/stories">/api/</a>; its description is
      <a href="/api/openapi.json">/api/openapi.json</a>.</p>
      </body>
      </html>
      """;

  /** Files read once: they are part of the build and never change while the server runs. */
  private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();

  void register(Javalin app) {
    for (String page : new String[] {"/", "/stories/{id}", "/articles/{id}", "/entities/{id}", "/search"}) {
      app.get(page, this::page);
    }
    app.get("/assets/<path>", this::asset);
  }

  private void page(Context ctx) {
    Optional<byte[]> index = resource("index.html");
    ctx.contentType(TYPES.get("html"));
    if (index.isPresent()) ctx.result(index.get());
    else ctx.result(NOT_BUILT);
  }

  private void asset(Context ctx) {
    String path = ctx.pathParam("path");
    if (path.length() > 200 || !ASSET.matcher(path).matches()) throw ApiException.notFound("no such asset");
    String type = TYPES.get(extension(path));
    // /assets/X is the web module's org/marsad/web/assets/X, beside index.html.
    Optional<byte[]> bytes = type == null ? Optional.empty() : resource("assets/" + path);
    if (bytes.isEmpty()) throw ApiException.notFound("no such asset: " + path);
    ctx.contentType(type).header("Cache-Control", "no-cache").result(bytes.get());
  }

  private Optional<byte[]> resource(String name) {
    return cache.computeIfAbsent(name, n -> {
      try (InputStream in = WebRoutes.class.getClassLoader().getResourceAsStream(ROOT + n)) {
        return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String extension(String path) {
    int dot = path.lastIndexOf('.');
    return dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
