package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every refusal and failure as JSON {"error","status"}: never a stack trace or an HTML error page. Routing
 * misses (404, 405) and Javalin's own refusals (a body over the size limit: 413) get the same shape.
 */
final class Errors {

  private static final String WRITTEN = "marsad.error-written";

  private Errors() {}

  static void register(Javalin app) {
    app.exception(ApiException.class, (e, ctx) -> write(ctx, e.status(), e.getMessage()));
    app.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), message(e.getStatus())));
    app.exception(Exception.class, (e, ctx) -> {
      // The details go to the server's log, not to the client.
      System.err.println("marsad serve: " + ctx.method() + " " + ctx.path() + " failed: " + e);
      write(ctx, 500, "internal error");
    });
    for (int status : new int[] {400, 404, 405, 413, 500}) {
      app.error(status, ctx -> {
        if (ctx.attribute(WRITTEN) == null) write(ctx, status, message(status));
      });
    }
  }

  static void write(Context ctx, int status, String message) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("error", message);
    m.put("status", status);
    ctx.attribute(WRITTEN, true);
    ctx.status(status).json(m);
  }

  private static String message(int status) {
    return switch (status) {
      case 400 -> "bad request";
      case 404 -> "not found";
      case 405 -> "method not allowed";
      case 413 -> "the body is too large";
      default -> status >= 500 ? "internal error" : "refused";
    };
  }
}
