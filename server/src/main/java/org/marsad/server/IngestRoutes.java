package org.marsad.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
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
      throw tooLarge();
    }
    List<JsonNode> records = records(boundedBody(ctx));
    ObjectNode report;
    try {
      report = writer.write(records);
    } catch (StoreInUseException e) {
      throw new ApiException(409, "the store is being written by another process (marsad analyze, ingest or "
          + "watch); try again when it is done");
    }
    // Each stored article with the story it joined, now that the server has reloaded.
    Snapshot snap = data.snapshot();
    for (JsonNode a : report.withArray("articles")) {
      ((ObjectNode) a).put("story", snap.storyOfArticle().get(a.get("id").asText()));
    }
    ctx.status(report.get("stored").asLong() > 0 ? 201 : 200).json(report);
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

  /** The body, read up to the limit: a chunked body has no Content-Length to refuse it by beforehand. */
  private static byte[] boundedBody(Context ctx) throws IOException {
    byte[] body = ctx.req().getInputStream().readNBytes((int) MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw tooLarge();
    }
    return body;
  }

  private static ApiException tooLarge() {
    return new ApiException(413, "the body is over " + (MAX_BODY_BYTES >> 20) + " MB; send fewer articles at a time");
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
}
