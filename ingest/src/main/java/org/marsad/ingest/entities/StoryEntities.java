package org.marsad.ingest.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.entities.Entity;
import org.marsad.core.entities.EntityResolver;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * A story's entities, most central first: named in the most of its articles, then most mentioned, then by
 * id. Names come from the corpus-wide entity, spellings and counts from the story's own articles.
 */
public final class StoryEntities {

  private StoryEntities() {}

  public static List<StoryEntity> of(List<Article> articles, EntityLinks links) {
    Map<String, Tally> byId = new LinkedHashMap<>();
    for (Article a : articles) {
      List<Span> spans = a.spans(SpanKind.ENTITY);
      List<String> ids = links.of(a.id());
      for (int i = 0; i < spans.size() && i < ids.size(); i++) {
        String id = ids.get(i);
        if (id == null) continue;
        Tally t = byId.computeIfAbsent(id, k -> new Tally());
        t.mentions++;
        t.articles.add(a.id());
        t.aliases.merge(spans.get(i).textOf(a.text()).replaceAll("\\s+", " "), 1, Integer::sum);
      }
    }
    List<StoryEntity> out = new ArrayList<>();
    EntityResolver resolver = links.resolver();
    byId.forEach((id, t) -> {
      Entity e = resolver.get(id);
      List<String> aliases = new ArrayList<>(t.aliases.keySet());
      aliases.sort(Comparator.comparing((String s) -> -t.aliases.get(s)));
      out.add(new StoryEntity(id, e.name(), e.type(), aliases, t.mentions, List.copyOf(t.articles)));
    });
    out.sort(Comparator.comparingInt((StoryEntity e) -> -e.articles().size())
        .thenComparingInt(e -> -e.mentions())
        .thenComparing(StoryEntity::id));
    return out;
  }

  /** The same entities with their names as the corpus knows them now (a later article can improve one). */
  public static List<StoryEntity> renamed(List<StoryEntity> entities, EntityResolver resolver) {
    List<StoryEntity> out = new ArrayList<>(entities.size());
    for (StoryEntity e : entities) {
      Entity now = resolver.get(e.id());
      out.add(now == null || now.name().equals(e.name()) ? e
          : new StoryEntity(e.id(), now.name(), e.type(), e.aliases(), e.mentions(), e.articles()));
    }
    return out;
  }

  private static final class Tally {
    int mentions;
    final Set<String> articles = new LinkedHashSet<>();
    final Map<String, Integer> aliases = new LinkedHashMap<>();
  }
}
