package org.marsad.ingest.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.entities.EntityResolver;
import org.marsad.core.entities.EntityType;
import org.marsad.core.entities.Mention;
import org.marsad.core.entities.ResolverState;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * The corpus's entities and, for every article, which entity each of its mentions resolved to. Articles are
 * added once each, in the clustering order, so ids come out the same on every run. Not thread-safe.
 */
public final class EntityLinks {

  private final EntityResolver resolver;
  /** Article id → the entity id of each ENTITY span, in span order (null for one inside boilerplate). */
  private final Map<String, List<String>> links;

  public EntityLinks() {
    this(new EntityResolver(), new HashMap<>());
  }

  private EntityLinks(EntityResolver resolver, Map<String, List<String>> links) {
    this.resolver = resolver;
    this.links = links;
  }

  public static EntityLinks restore(ResolverState state, Map<String, List<String>> links) {
    return new EntityLinks(EntityResolver.restore(state), new HashMap<>(links));
  }

  /** Resolves the article's mentions; returns their entity ids in span order. Boilerplate is not news. */
  public List<String> add(Article article) {
    List<Span> spans = article.spans(SpanKind.ENTITY);
    List<Span> boilerplate = article.spans(SpanKind.BOILERPLATE);
    List<Mention> mentions = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      Span s = spans.get(i);
      if (inside(s, boilerplate)) continue;
      mentions.add(new Mention(article.id(), s.start(), s.end(), s.textOf(article.text()),
          EntityType.valueOf(s.note())));
      at.add(i);
    }
    List<String> ids = new ArrayList<>(java.util.Collections.nCopies(spans.size(), (String) null));
    List<String> resolved = resolver.add(article.id(), mentions);
    for (int k = 0; k < at.size(); k++) ids.set(at.get(k), resolved.get(k));
    links.put(article.id(), ids);
    return ids;
  }

  /** The entity ids of an article's ENTITY spans, in span order; empty when it was never added. */
  public List<String> of(String articleId) {
    return links.getOrDefault(articleId, List.of());
  }

  public EntityResolver resolver() {
    return resolver;
  }

  public Map<String, List<String>> links() {
    return links;
  }

  private static boolean inside(Span s, List<Span> boilerplate) {
    for (Span b : boilerplate) if (b.overlaps(s)) return true;
    return false;
  }
}
