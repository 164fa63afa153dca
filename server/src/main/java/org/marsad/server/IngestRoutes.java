package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.ingest.Skip;
import org.marsad.store.StoreInUseException;

/** POST /api/articles: adds articles through the same path as `marsad analyze`, for holders of the token. */
final class IngestRoutes {

  /** Largest request body accepted, in bytes. */
  static final long MAX_BODY_BYTES = 5L << 20;
  /** Most records in one request. */
  static final int MAX_RECORDS = 1000;

  private final LiveData data;
  private final ArticleWriter writer;
  private final byte[] token;

  IngestRoutes(LiveData data, ArticleWriter writer, String token) {
    this.data = data;
    this.writer = writer;
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void register(Javalin app) {
    app.post("/api/articles", this::post);
  }

  private void post(Context ctx) throws IOException, InterruptedException {
    authorize(ctx);
    if (ctx.contentLength() > MAX_BODY_BYTES) {
      throw new ApiException(413, "the body is over " + (MAX_BODY_BYTES >> 20) + " MB; send fewer articles at a time");
    }
    List<JsonNode> records = records(ctx.bodyAsBytes());
    ArticleWriter.Result result;
    try {
      result = writer.write(records);
    } catch (StoreInUseException e) {
      throw new ApiException(409, "the store is being written by another process (marsad analyze, ingest or "
          + "watch); try again when it is done");
    }
    ctx.status(result.stored().isEmpty() ? 200 : 201).json(report(result));
  }

  private void authorize(Context ctx) {
    if (token == null) {
      throw new ApiException(403, "this server is read-only: start it with --token (or MARSAD_TOKEN) to accept articles");
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
    // Constant-time comparison: the time taken says nothing about how much of a guess was right.
    if (!MessageDigest.isEqual(given, token)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiException(401, "POST /api/articles needs the header Authorization: Bearer TOKEN");
    }
  }

  /** The body as a list of JSON objects: one object, or an array of them. */
  private static List<JsonNode> records(byte[] body) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(body);
    } catch (JsonProcessingException e) {
      throw ApiException.badRequest("the body is not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      throw ApiException.badRequest("the body could not be read");
    }
    if (root == null || root.isMissingNode()) throw ApiException.badRequest("the body is empty");
    List<JsonNode> out = new ArrayList<>();
    if (root.isObject()) out.add(root);
    else if (root.isArray()) root.forEach(out::add);
    else throw ApiException.badRequest("the body must be a JSON object or an array of objects");
    if (out.isEmpty()) throw ApiException.badRequest("the array holds no articles");
    if (out.size() > MAX_RECORDS) throw ApiException.badRequest("at most " + MAX_RECORDS + " articles per request");
    for (int i = 0; i < out.size(); i++) {
      if (!out.get(i).isObject()) throw ApiException.badRequest("record " + (i + 1) + " is not a JSON object");
    }
    return out;
  }

  private Map<String, Object> report(ArticleWriter.Result r) {
    Snapshot snap = data.snapshot();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("read", r.report().read());
    m.put("stored", r.report().stored());
    m.put("duplicates", r.report().duplicates());
    m.put("near_duplicates", r.report().nearDuplicates());
    m.put("skipped", r.report().skipped());
    List<Map<String, Object>> skips = new ArrayList<>();
    for (Skip s : r.report().skips()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("record", recordNumber(s.origin()));
      o.put("reason", s.reason());
      o.put("detail", s.detail());
      skips.add(o);
    }
    m.put("skips", skips);
    List<Map<String, Object>> articles = new ArrayList<>();
    for (Article a : r.stored()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", a.id());
      o.put("outlet", a.outlet());
      o.put("title", a.title());
      o.put("published", a.published());
      o.put("duplicate_of", a.duplicateOf());
      o.put("story", snap.storyOfArticle().get(a.id()));
      articles.add(o);
    }
    m.put("articles", articles);
    return m;
  }

  /** The 1-based record a skip is about ("...batch.jsonl#3" is the third line); never the server's path. */
  private static Integer recordNumber(String origin) {
    int hash = origin == null ? -1 : origin.lastIndexOf('#');
    if (hash < 0) return null;
    try {
      return Integer.parseInt(origin.substring(hash + 1));
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
