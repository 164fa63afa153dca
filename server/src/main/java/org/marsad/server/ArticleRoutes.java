package org.marsad.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.model.Article;
import org.marsad.core.model.SpanKind;
import org.marsad.ingest.ArticleJson;
import org.marsad.ingest.reuse.ReusePair;
import org.marsad.ingest.reuse.ReuseTexts;
import org.marsad.ingest.stories.Story;
import org.marsad.store.ArticleRow;

/** GET /api/articles and GET /api/articles/{id}; POST is {@link IngestRoutes}. */
final class ArticleRoutes {

  private final LiveData data;

  ArticleRoutes(LiveData data) {
    this.data = data;
  }

  void register(Javalin app) {
    app.get("/api/articles", this::list);
    app.get("/api/articles/{id}", this::one);
  }

  private void list(Context ctx) throws IOException {
    Params.Page page = Params.page(ctx);
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ArticleRow r : data.store().list(page.offset(), page.limit())) rows.add(ArticleJson.listRow(r));
    ctx.json(Paged.of(data.store().count(), page, "articles", rows));
  }

  /**
   * `marsad article ID --json` (text, spans with offsets, entity ids), plus the story holding it, the
   * passages it copied and gave (`marsad reuse ID --json`), and that story's quotes and figures from it.
   */
  private void one(Context ctx) throws IOException {
    String id = Params.id(ctx.pathParam("id"), Params.ARTICLE_ID, "article");
    Set<SpanKind> kinds = spanKinds(Params.text(ctx, "spans"));
    Snapshot snap = data.snapshot();
    Article a = data.store().get(id).orElseThrow(() -> ApiException.notFound("no article with id " + id));
    Map<String, Object> m = ArticleJson.full(a, kinds, snap.entityLinks().getOrDefault(id, List.of()));

    List<ReusePair> from = new ArrayList<>();
    List<ReusePair> by = new ArrayList<>();
    for (ReusePair p : snap.reuseByArticle().getOrDefault(id, List.of())) {
      if (p.toArticle().equals(id)) from.add(p);
      else by.add(p);
    }
    m.put("copied_from", ReuseTexts.withTexts(data.store(), from));
    m.put("copied_by", ReuseTexts.withTexts(data.store(), by));

    String storyId = snap.storyOfArticle().get(id);
    StoryEntry story = storyId == null ? null : snap.story(storyId);
    m.put("story", storyId);
    List<Story.QuoteLine> quotes = new ArrayList<>();
    List<Story.FigureLine> figures = new ArrayList<>();
    if (story != null) {
      for (Story.QuoteLine q : story.quotes()) if (id.equals(q.article())) quotes.add(q);
      for (Story.FigureLine f : story.figures()) if (id.equals(f.article())) figures.add(f);
    }
    m.put("quotes", quotes);
    m.put("figures", figures);
    ctx.json(m);
  }

  /** ?spans=sentence,entity, as the CLI's --spans; every kind when absent. */
  private static Set<SpanKind> spanKinds(String list) {
    if (list == null) return EnumSet.allOf(SpanKind.class);
    Set<SpanKind> kinds = EnumSet.noneOf(SpanKind.class);
    for (String k : list.split(",")) {
      try {
        kinds.add(SpanKind.fromLabel(k.strip()));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("unknown span kind '" + Params.clip(k.strip()) + "'");
      }
    }
    return kinds;
  }
}
