package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.ingest.stories.Story;

/** GET /api/quotes and GET /api/figures: the stories' statements and counted quantities, story by story. */
final class ClaimRoutes {

  static final Set<String> KINDS = Set.of("killed", "injured", "fled", "arrested", "missing", "troops",
      "civilians", "children", "countries", "other");

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private final LiveData data;

  ClaimRoutes(LiveData data) {
    this.data = data;
  }

  void register(Javalin app) {
    app.get("/api/quotes", this::quotes);
    app.get("/api/figures", this::figures);
  }

  /** As `marsad quotes --json`: ?speaker= matches any spelling of hamza, ya and ta marbuta. */
  private void quotes(Context ctx) {
    Params.Page page = Params.page(ctx);
    String speaker = Params.text(ctx, "speaker");
    String wanted = speaker == null ? null : NORMALIZER.normalize(speaker);
    List<Claim> matching = new ArrayList<>();
    for (StoryEntry s : stories(ctx)) {
      for (Story.QuoteLine q : s.quotes()) {
        if (wanted != null && (q.speaker() == null || !NORMALIZER.normalize(q.speaker()).contains(wanted))) continue;
        matching.add(new Claim(s.id(), q));
      }
    }
    ctx.json(Paged.of(matching.size(), page, "quotes", fields(Paged.slice(matching, page))));
  }

  /** As `marsad figures --json`: ?kind= one of {@link #KINDS}. */
  private void figures(Context ctx) {
    Params.Page page = Params.page(ctx);
    String kind = Params.text(ctx, "kind");
    if (kind != null) {
      kind = kind.toLowerCase(Locale.ROOT);
      if (!KINDS.contains(kind)) throw ApiException.badRequest("?kind takes one of " + String.join(", ", KINDS));
    }
    List<Claim> matching = new ArrayList<>();
    for (StoryEntry s : stories(ctx)) {
      for (Story.FigureLine f : s.figures()) {
        if (kind == null || kind.equals(f.kind())) matching.add(new Claim(s.id(), f));
      }
    }
    ctx.json(Paged.of(matching.size(), page, "figures", fields(Paged.slice(matching, page))));
  }

  /** Every story, or the one ?story= names (a merged id gives the story it was merged into). */
  private List<StoryEntry> stories(Context ctx) {
    String id = Params.id(Params.text(ctx, "story"), Params.STORY_ID, "story");
    Snapshot snap = data.snapshot();
    if (id == null) return snap.stories();
    StoryEntry s = snap.story(id);
    if (s == null) throw ApiException.notFound("no story with id " + id);
    return List.of(s);
  }

  /** A quote or figure and its story; turned into JSON only when on the page asked for. */
  private record Claim(String story, Object line) {}

  private static List<Map<String, Object>> fields(List<Claim> claims) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Claim c : claims) {
      Map<String, Object> m = new java.util.LinkedHashMap<>();
      m.put("story", c.story());
      m.putAll(Json.fields(c.line()));
      out.add(m);
    }
    return out;
  }
}
