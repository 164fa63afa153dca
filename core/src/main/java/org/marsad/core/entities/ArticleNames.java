package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * The persons' full names already resolved in the article being added, so that a short form finds the
 * one the same article means: a tail («بوش») the nearest full name before it (else after it) ending so;
 * a head («محمد») the full name starting so only when the article names just one such person.
 */
final class ArticleNames {

  private record Seen(EntityRecord entity, List<String> name, int start) {}

  private final List<Seen> seen = new ArrayList<>();

  void add(EntityRecord entity, NameForm form, int start) {
    if (entity.type == EntityType.PER && form.size() >= 2) seen.add(new Seen(entity, form.name(), start));
  }

  /** The entity a short person name at {@code start} stands for in this article, or null. */
  EntityRecord expand(NameForm form, int start) {
    List<String> name = form.name();
    Seen before = null;
    Seen after = null;
    for (Seen s : seen) {
      if (!ShortForms.isTailOf(name, s.name())) continue;
      if (s.start() < start) {
        if (before == null || s.start() > before.start()) before = s;
      } else if (after == null || s.start() < after.start()) {
        after = s;
      }
    }
    if (before != null) return before.entity();
    if (after != null) return after.entity();
    EntityRecord only = null;
    for (Seen s : seen) {
      if (!ShortForms.isHeadOf(name, s.name())) continue;
      if (only != null && only != s.entity()) return null;
      only = s.entity();
    }
    return only;
  }
}
