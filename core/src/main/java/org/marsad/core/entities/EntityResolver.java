package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Turns NER mentions into entities, one identity per real-world name, incrementally: each article's
 * mentions are resolved against everything added before (see {@link NameMatcher} for the rules).
 *
 * <p>Ids ("n000001", ...) are given in order of first appearance and never change or get reused.
 * Deterministic: the same articles in the same order give the same ids, and a resolver restored from a
 * {@link #snapshot()} continues exactly as the one that took it. Near-linear: each mention costs a few
 * hash probes, plus, when its form is new, a scan of the one small bucket of its transliteration keys.
 *
 * <p>Not thread-safe. Add each article once, in one call.
 */
public final class EntityResolver {

  private final NameReader reader = new NameReader();
  private final EntityIndex index = new EntityIndex();
  private final NameMatcher matcher = new NameMatcher(index);
  /** Committed entities; the one with id number k is at k - 1. */
  private final List<EntityRecord> entities = new ArrayList<>();

  /**
   * Resolves the mentions of one article, given in text order; returns the entity id of each, in the
   * same order.
   */
  public List<String> add(String articleId, List<Mention> mentions) {
    Objects.requireNonNull(articleId, "articleId");
    int n = mentions.size();
    NameForm[] forms = new NameForm[n];
    for (int i = 0; i < n; i++) {
      Mention m = mentions.get(i);
      if (!m.articleId().equals(articleId)) {
        throw new IllegalArgumentException("mention of " + m.articleId() + " added with " + articleId);
      }
      forms[i] = reader.read(m.surface(), m.type());
    }
    EntityRecord[] targets = decide(mentions, forms);
    List<String> ids = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      EntityRecord e = targets[i];
      if (e.id() == null) {
        entities.add(e);
        e.commit(entities.size());
      }
      // A mention typed otherwise than its entity (a tagger error) is read as the entity's type, as a
      // restored resolver reads every alias, so that one run and a resumed run agree.
      NameForm form = e.type == mentions.get(i).type() ? forms[i] : reader.read(mentions.get(i).surface(), e.type);
      e.count(Surfaces.collapse(mentions.get(i).surface()), form, articleId);
      ids.add(e.id());
    }
    return ids;
  }

  /**
   * Each mention's entity, made provisional when new. Longer names go first, then text order, so that
   * every short form meets the full names of its article already resolved.
   */
  private EntityRecord[] decide(List<Mention> mentions, NameForm[] forms) {
    int n = forms.length;
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) order.add(i);
    order.sort(Comparator.<Integer>comparingInt(i -> -forms[i].size()).thenComparingInt(i -> i));
    EntityRecord[] targets = new EntityRecord[n];
    ArticleNames article = new ArticleNames();
    int made = 0;
    for (int i : order) {
      Mention m = mentions.get(i);
      EntityRecord e = matcher.match(forms[i], m.type(), m.start(), article);
      if (e == null) e = new EntityRecord(m.type(), made++);
      index.add(e, forms[i]);
      article.add(e, forms[i], m.start());
      targets[i] = e;
    }
    return targets;
  }

  /** The entity with this id, or null when there is none. */
  public Entity get(String id) {
    int number = EntityIds.parse(id);
    return number < 1 || number > entities.size() ? null : view(entities.get(number - 1));
  }

  /** Every entity, in id order. */
  public Collection<Entity> all() {
    List<Entity> out = new ArrayList<>(entities.size());
    for (EntityRecord e : entities) out.add(view(e));
    return out;
  }

  public int size() {
    return entities.size();
  }

  private static Entity view(EntityRecord e) {
    List<EntityRecord.Alias> aliases = new ArrayList<>(e.aliases());
    aliases.sort(Comparator.<EntityRecord.Alias>comparingInt(a -> -a.count).thenComparingInt(a -> a.order));
    List<String> surfaces = new ArrayList<>(aliases.size());
    for (EntityRecord.Alias a : aliases) surfaces.add(a.surface);
    return new Entity(
        e.id(), CanonicalName.of(e), e.type, List.copyOf(surfaces), e.mentions(), List.copyOf(e.articles()));
  }

  /** The whole state as plain values; later additions do not change it. */
  public ResolverState snapshot() {
    List<ResolverState.EntityState> out = new ArrayList<>(entities.size());
    for (EntityRecord e : entities) {
      List<ResolverState.AliasCount> aliases = new ArrayList<>();
      for (EntityRecord.Alias a : e.aliases()) aliases.add(new ResolverState.AliasCount(a.surface, a.count));
      out.add(new ResolverState.EntityState(e.id(), e.type, List.copyOf(aliases), List.copyOf(e.articles())));
    }
    return new ResolverState(ResolverState.VERSION, List.copyOf(out));
  }

  /**
   * A resolver that continues from {@code state}. The indexes are rebuilt from the aliases: every name
   * form ever resolved is one of them, and lookups do not depend on the order indexes were filled in.
   */
  public static EntityResolver restore(ResolverState state) {
    if (state.version() != ResolverState.VERSION) {
      throw new IllegalArgumentException("resolver state version " + state.version() + " is not known");
    }
    EntityResolver r = new EntityResolver();
    for (ResolverState.EntityState s : state.entities()) {
      EntityRecord e = new EntityRecord(s.type(), 0);
      r.entities.add(e);
      e.commit(r.entities.size());
      if (!e.id().equals(s.id())) throw new IllegalArgumentException("expected " + e.id() + ", got " + s.id());
      for (ResolverState.AliasCount a : s.aliases()) {
        NameForm form = r.reader.read(a.surface(), s.type());
        e.restoreAlias(a.surface(), form, a.count());
        r.index.add(e, form);
      }
      for (String article : s.articles()) e.restoreArticle(article);
    }
    return r;
  }
}
