package org.marsad.server;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Query and path parameters, checked: a bad value is a 400 that says which and why, never a 500. */
final class Params {

  static final int DEFAULT_LIMIT = 20;
  static final int MAX_LIMIT = 200;
  static final int MAX_OFFSET = 1_000_000;
  static final int MAX_TEXT = 500;

  static final Pattern STORY_ID = Pattern.compile("e\\d{6,9}");
  static final Pattern ARTICLE_ID = Pattern.compile("[0-9a-f]{16}");
  static final Pattern ENTITY_ID = Pattern.compile("n\\d{6,9}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Params() {}

  /** ?offset=K or ?page=P (1-based, pages of ?limit), and ?limit=N (at most {@link #MAX_LIMIT}). */
  record Page(int offset, int limit) {}

  static Page page(Context ctx) {
    int limit = intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
    String offset = ctx.queryParam("offset");
    String page = ctx.queryParam("page");
    if (offset != null && page != null) throw ApiException.badRequest("give ?offset or ?page, not both");
    if (page != null) {
      int p = intParam(ctx, "page", 1, 1, MAX_OFFSET);
      long start = (long) (p - 1) * limit;
      if (start > MAX_OFFSET) throw ApiException.badRequest("?page is too far: at most offset " + MAX_OFFSET);
      return new Page((int) start, limit);
    }
    return new Page(intParam(ctx, "offset", 0, 0, MAX_OFFSET), limit);
  }

  static int intParam(Context ctx, String name, int fallback, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null) return fallback;
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw ApiException.badRequest("?" + name + " must be a whole number, not '" + clip(v) + "'");
    }
    if (n < min || n > max) throw ApiException.badRequest("?" + name + " must be between " + min + " and " + max);
    return n;
  }

  /** A yyyy-MM-dd date that exists, or null when the parameter is absent. */
  static String date(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null) return null;
    v = v.strip();
    try {
      if (DATE.matcher(v).matches()) {
        LocalDate.parse(v);
        return v;
      }
    } catch (DateTimeParseException e) {
      // falls through to the message below
    }
    throw ApiException.badRequest("?" + name + " takes a date as yyyy-MM-dd, not '" + clip(v) + "'");
  }

  /** A free-text parameter, stripped; null when absent or blank; at most {@link #MAX_TEXT} chars. */
  static String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) return null;
    if (v.length() > MAX_TEXT) {
      throw ApiException.badRequest("?" + name + " is longer than " + MAX_TEXT + " characters");
    }
    return v.strip();
  }

  /** An id parameter (path or query) that must match its pattern. */
  static String id(String value, Pattern pattern, String what) {
    if (value == null) return null;
    if (!pattern.matcher(value).matches()) {
      throw ApiException.badRequest("'" + clip(value) + "' is not a " + what + " id (" + pattern.pattern() + ")");
    }
    return value;
  }

  static String clip(String s) {
    return s.length() <= 40 ? s : s.substring(0, 40) + "…";
  }
}
