package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The resolver's working copy of one entity: counts, aliases and name forms, as mentions are added.
 *
 * <p>An entity made while an article is being resolved is provisional: it has no id until the article's
 * mentions are committed in text order, so that ids follow first appearance. Its {@link #rank()} orders it
 * among the others (the id number once it has one, after every committed entity until then); choices
 * between entities take the lowest rank, which does not depend on the order indexes were filled in.
 */
final class EntityRecord {

  private static final long PROVISIONAL = 1L << 40;

  /** One surface form: how often it was used, in which order it first came, and how it reads. */
  static final class Alias {
    final String surface;
    final NameForm form;
    final int order;
    int count;

    Alias(String surface, NameForm form, int order) {
      this.surface = surface;
      this.form = form;
      this.order = order;
    }
  }

  final EntityType type;
  private String id;
  private long rank;
  private final Map<String, Alias> aliases = new LinkedHashMap<>();
  private final List<String> articles = new ArrayList<>();
  private int mentions;
  private final Set<List<String>> names = new HashSet<>();
  private final List<NameForm> forms = new ArrayList<>();
  /** The index keys this entity is filed under, so that it is filed once under each. */
  private final Set<String> indexKeys = new HashSet<>();

  EntityRecord(EntityType type, int provisionalOrder) {
    this.type = type;
    this.rank = PROVISIONAL + provisionalOrder;
  }

  String id() {
    return id;
  }

  long rank() {
    return rank;
  }

  /** Gives the entity its id, the {@code number}-th; done once, when its first mention is committed. */
  void commit(int number) {
    if (id != null) throw new IllegalStateException("already " + id);
    id = EntityIds.format(number);
    rank = number;
  }

  /** Adds a name form; false when the entity already had one with the same name words. */
  boolean addForm(NameForm form) {
    if (!names.add(form.name())) return false;
    forms.add(form);
    return true;
  }

  List<NameForm> forms() {
    return forms;
  }

  /** Records that the entity is filed under {@code key}; false when it already was. */
  boolean fileUnder(String key) {
    return indexKeys.add(key);
  }

  boolean isFiledUnder(String key) {
    return indexKeys.contains(key);
  }

  /** Counts one mention of {@code surface} (already collapsed) in {@code articleId}. */
  void count(String surface, NameForm form, String articleId) {
    aliases.computeIfAbsent(surface, s -> new Alias(s, form, aliases.size())).count++;
    mentions++;
    if (articles.isEmpty() || !articles.get(articles.size() - 1).equals(articleId)) articles.add(articleId);
  }

  /** Restores a surface's count as a snapshot kept it. */
  void restoreAlias(String surface, NameForm form, int count) {
    aliases.computeIfAbsent(surface, s -> new Alias(s, form, aliases.size())).count += count;
    mentions += count;
  }

  void restoreArticle(String articleId) {
    articles.add(articleId);
  }

  /** Aliases in the order they first came. */
  List<Alias> aliases() {
    return List.copyOf(aliases.values());
  }

  List<String> articles() {
    return articles;
  }

  int mentions() {
    return mentions;
  }
}
