package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Decides which known entity a mention's name form belongs to, or that it is a new one. In order:
 *
 * <ol>
 *   <li>a person's short form names whom the same article names in full ({@link ArticleNames});
 *   <li>a person's name that is the tail of known longer names, or itself known, goes to the one entity
 *       those are, or, when they are several (جورج بوش, جيب بوش) or it is a common given name (حسن), to
 *       an entity of the bare name alone;
 *   <li>any other name goes to the entity that has its key;
 *   <li>a residue form («لأمم المتحدة») meets the form with «ال» whole, either way round;
 *   <li>a name of three words or more meets the one entity that differs in a single transliterated word;
 *   <li>a person's full name joins the entity known so far only by its tail («كيري» before «جون
 *       كيري»), when no other full name ends so and the tail is no common given name;
 *   <li>a person's name that is the tail of one longer name but for a transliterated word («حجي حسن»);
 *   <li>a name no entity of its type has goes to the one entity of another type that has it (tagger errors).
 * </ol>
 *
 * Ties are broken by lowest {@link EntityRecord#rank()}; no step compares a form with all entities.
 */
final class NameMatcher {

  private final EntityIndex index;

  NameMatcher(EntityIndex index) {
    this.index = index;
  }

  /** The entity for {@code form} of a mention of {@code type} at {@code start}; null for a new one. */
  EntityRecord match(NameForm form, EntityType type, int start, ArticleNames article) {
    String key = form.key();
    if (type == EntityType.PER) {
      EntityRecord inArticle = article.expand(form, start);
      if (inArticle != null) return inArticle;
      List<EntityRecord> longer = index.withTail(type, key);
      List<EntityRecord> named = index.named(type, key);
      if (!longer.isEmpty() || !named.isEmpty()) return byShortForm(key, longer, named);
    } else {
      EntityRecord named = lowest(index.named(type, key));
      if (named != null) return named;
    }
    EntityRecord residue = byResidue(type, form);
    if (residue != null) return residue;
    List<EntityRecord> similar = new ArrayList<>(index.similar(type, form));
    if (similar.size() == 1) return similar.get(0);
    if (type == EntityType.PER) {
      EntityRecord e = byKnownTail(type, form);
      if (e == null) e = byTransliteratedTail(type, form);
      if (e != null) return e;
    }
    return byOtherType(type, key);
  }

  /**
   * A person's two-word or longer name that is the tail of exactly one known longer name but for one
   * transliterated word before the last («حجي حسن» and «بريتا حاجي حسن»). The last word must agree exactly,
   * and the other words by {@link Transliteration#sameName}; given names never match that way.
   */
  private EntityRecord byTransliteratedTail(EntityType type, NameForm form) {
    List<String> name = form.name();
    if (name.size() < 2) return null;
    EntityRecord found = null;
    for (EntityRecord e : index.withTail(type, name.get(name.size() - 1))) {
      if (!hasTransliteratedTail(e, name)) continue;
      if (found != null && found != e) return null;
      found = e;
    }
    return found;
  }

  private static boolean hasTransliteratedTail(EntityRecord e, List<String> tail) {
    for (NameForm f : e.forms()) {
      List<String> longer = f.name();
      if (longer.size() <= tail.size()) continue;
      List<String> end = longer.subList(longer.size() - tail.size(), longer.size());
      boolean same = true;
      for (int i = 0; i < tail.size() - 1 && same; i++) {
        String a = tail.get(i), b = end.get(i);
        same = a.equals(b) || (!GivenNames.contains(a) && !GivenNames.contains(b) && Transliteration.sameName(a, b));
      }
      if (same) return true;
    }
    return false;
  }

  /**
   * The tagger sometimes types a name wrongly («حلب» as an organization): a name that no entity of its own
   * type has goes to the one entity of another type with exactly that name, when there is only one.
   */
  private EntityRecord byOtherType(EntityType type, String key) {
    EntityRecord found = null;
    for (EntityType other : EntityType.values()) {
      if (other == type) continue;
      for (EntityRecord e : index.named(other, key)) {
        if (found != null && found != e) return null;
        found = e;
      }
    }
    return found;
  }

  /**
   * {@code longer}: persons whose longer name ends with the key; {@code named}: entities with that very
   * name, of which only those that have it as a name in its own right count («محمد» may be a short form
   * of «محمد مرسي» in one article; that does not make every «محمد» Morsi). One entity among them all is
   * the answer; with several, the name is ambiguous alone and goes to an entity that has only it (made
   * here, as null, the first time).
   */
  private EntityRecord byShortForm(String key, List<EntityRecord> longer, List<EntityRecord> named) {
    List<EntityRecord> bare = new ArrayList<>(named.size());
    for (EntityRecord e : named) if (!index.hasLongerName(e, key)) bare.add(e);
    // A common given name alone is every bearer's; outside an article naming one, it is none of theirs.
    if (GivenNames.contains(key)) return lowest(bare);
    if (longer.size() + bare.size() == 1) return longer.isEmpty() ? bare.get(0) : longer.get(0);
    return lowest(bare);
  }

  private EntityRecord byResidue(EntityType type, NameForm form) {
    String whole = form.residueKey();
    if (whole != null) {
      EntityRecord e = lowest(index.named(type, whole));
      if (e != null) return e;
    }
    return lowest(index.namedByResidue(type, form.key()));
  }

  /**
   * A person known so far only by a tail of {@code form}'s name, and by nothing that is not such a tail,
   * while no known longer name ends with that tail: the full name is the first to say who it is.
   */
  private EntityRecord byKnownTail(EntityType type, NameForm form) {
    List<String> name = form.name();
    for (int i = 1; i < name.size(); i++) {
      if (!ShortForms.isTail(name, i)) continue;
      String tail = String.join("", name.subList(i, name.size()));
      if (GivenNames.contains(tail) || !index.withTail(type, tail).isEmpty()) continue;
      List<EntityRecord> holders = index.named(type, tail);
      if (holders.size() == 1 && onlyTailsOf(holders.get(0), form)) return holders.get(0);
    }
    return null;
  }

  private static boolean onlyTailsOf(EntityRecord entity, NameForm form) {
    for (NameForm f : entity.forms()) {
      if (f.size() >= form.size() || !form.endsWith(f)) return false;
    }
    return true;
  }

  private static EntityRecord lowest(Collection<EntityRecord> entities) {
    EntityRecord best = null;
    for (EntityRecord e : entities) if (best == null || e.rank() < best.rank()) best = e;
    return best;
  }
}
