package org.marsad.ingest;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.ner.ArticleEntities;
import org.marsad.ner.BundledResources;
import org.marsad.ner.NerTagger;

/**
 * Adds named-entity mention spans to analysed articles, on the analysis pool. The tagger keeps per-document
 * state, so each pool thread gets its own; they share the one loaded model.
 */
final class EntityMentions {

  private final ThreadLocal<ArticleEntities> perThread =
      ThreadLocal.withInitial(() -> new ArticleEntities(new NerTagger(BundledResources.model()),
          BundledResources.clitics()));

  Article addTo(Article article) {
    List<Span> found = perThread.get().find(article);
    if (found.isEmpty()) return article;
    List<Span> spans = new ArrayList<>(article.spans().size() + found.size());
    spans.addAll(article.spans());
    spans.addAll(found);
    return article.withSpans(spans);
  }
}
