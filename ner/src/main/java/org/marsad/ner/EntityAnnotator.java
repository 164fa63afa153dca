package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;

/**
 * Adds named-entity mention spans to analysed articles with the shipped model; the one step ingest and the
 * evaluations share. Thread-safe: the tagger keeps per-document state, so each thread gets its own, and
 * they share the one loaded model.
 */
public final class EntityAnnotator {

  private final ThreadLocal<ArticleEntities> perThread =
      ThreadLocal.withInitial(() -> new ArticleEntities(new NerTagger(BundledResources.model()),
          BundledResources.clitics(), BundledResources.glued()));

  public Article addTo(Article article) {
    List<Span> found = perThread.get().find(article);
    if (found.isEmpty()) return article;
    List<Span> spans = new ArrayList<>(article.spans().size() + found.size());
    spans.addAll(article.spans());
    spans.addAll(found);
    return article.withSpans(spans);
  }
}
