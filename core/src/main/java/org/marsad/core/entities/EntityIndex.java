package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocking keys that find an entity from a name form without comparing it with every entity:
 *
 * <ul>
 *   <li>its key (the name's matching words run together);
 *   <li>for a form like «لأمم المتحدة», the key it would have with its «ال» whole;
 *   <li>for a person, each tail that may stand for the name («كيري» of «جون كيري»); its heads («محمد» of
 *       «محمد مرسي») are only remembered, as they are short forms within an article only;
 *   <li>for a name of three words or more, each word replaced by its first letter, the others kept, so
 *       that a transliteration variant of one word finds the name ({@link Transliteration}).
 * </ul>
 *
 * Every lookup is a hash probe, plus a scan of one small bucket for the last kind. Buckets hold distinct
 * entities; their order carries no meaning (callers choose by {@link EntityRecord#rank()}).
 */
final class EntityIndex {

  private record Variant(EntityRecord entity, String word) {}

  private final Map<String, List<EntityRecord>> filed = new HashMap<>();
  private final Map<String, List<Variant>> variants = new HashMap<>();

  /** Files {@code entity} under every key of {@code form}, unless it already has a form with its words. */
  void add(EntityRecord entity, NameForm form) {
    if (!entity.addForm(form)) return;
    EntityType type = entity.type;
    file(key('N', type, form.key()), entity);
    String residue = form.residueKey();
    if (residue != null) file(key('R', type, residue), entity);
    List<String> name = form.name();
    if (type == EntityType.PER) {
      for (int i = 1; i < name.size(); i++) {
        if (ShortForms.isTail(name, i)) file(key('T', type, join(name, i, name.size())), entity);
        // Heads are never looked up across articles; the entity only remembers it has them.
        if (ShortForms.isHead(name, i)) entity.fileUnder(key('H', type, join(name, 0, i)));
      }
    }
    if (name.size() >= 3) {
      for (int i = 0; i < name.size(); i++) {
        String k = variantKey(type, name, i);
        if (entity.fileUnder(k + '\u0000' + name.get(i))) {
          variants.computeIfAbsent(k, x -> new ArrayList<>(1)).add(new Variant(entity, name.get(i)));
        }
      }
    }
  }

  /** Entities with a form whose key is {@code key}. */
  List<EntityRecord> named(EntityType type, String key) {
    return filed.getOrDefault(key('N', type, key), List.of());
  }

  /** Entities with a form like «لأمم المتحدة» that would have {@code key} with its «ال» whole. */
  List<EntityRecord> namedByResidue(EntityType type, String key) {
    return filed.getOrDefault(key('R', type, key), List.of());
  }

  /** Persons with a longer name whose tail, run together, is {@code key}. */
  List<EntityRecord> withTail(EntityType type, String key) {
    return filed.getOrDefault(key('T', type, key), List.of());
  }

  /** Whether the person has a longer name that starts or ends with the words run together in {@code key}. */
  boolean hasLongerName(EntityRecord entity, String key) {
    return entity.isFiledUnder(key('T', entity.type, key)) || entity.isFiledUnder(key('H', entity.type, key));
  }

  /**
   * Entities with a name of the same length as {@code form}'s (three words or more) that agrees with it
   * word for word but for one word, which {@link Transliteration#sameName} accepts.
   */
  Set<EntityRecord> similar(EntityType type, NameForm form) {
    Set<EntityRecord> out = new LinkedHashSet<>();
    List<String> name = form.name();
    if (name.size() < 3) return out;
    for (int i = 0; i < name.size(); i++) {
      for (Variant v : variants.getOrDefault(variantKey(type, name, i), List.of())) {
        if (Transliteration.sameName(v.word(), name.get(i))) out.add(v.entity());
      }
    }
    return out;
  }

  private void file(String key, EntityRecord entity) {
    if (entity.fileUnder(key)) filed.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entity);
  }

  private static String key(char kind, EntityType type, String key) {
    return kind + type.name() + '|' + key;
  }

  /** The name with word {@code i} reduced to its first letter: «ستيفان دي ميستورا», 0 → «*س دي ميستورا». */
  private static String variantKey(EntityType type, List<String> name, int i) {
    StringBuilder sb = new StringBuilder().append('V').append(type.name()).append('|');
    for (int j = 0; j < name.size(); j++) {
      if (j > 0) sb.append(' ');
      if (j == i) sb.append('*').append(name.get(j).charAt(0));
      else sb.append(name.get(j));
    }
    return sb.toString();
  }

  private static String join(List<String> name, int from, int to) {
    return String.join("", name.subList(from, to));
  }
}
