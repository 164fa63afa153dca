package org.marsad.core.entities;

import java.util.List;

/**
 * Everything {@link EntityResolver} needs to resume, as plain values (Jackson can write and read it as is).
 * A resolver restored from {@code snapshot()} gives the same ids as one that never stopped. The blocking
 * indexes are not kept: they are rebuilt from the aliases, which hold every name form ever resolved.
 *
 * @param version the layout of this record, so that a reader can refuse one it does not know
 * @param entities every entity, in id order
 */
public record ResolverState(int version, List<EntityState> entities) {

  public static final int VERSION = 1;

  /**
   * One entity.
   *
   * @param aliases distinct surface forms in the order they were first seen, with their counts
   * @param articles ids of the articles that mention it, in the order they were added
   */
  public record EntityState(String id, EntityType type, List<AliasCount> aliases, List<String> articles) {}

  /** A surface form and how many mentions used it. */
  public record AliasCount(String surface, int count) {}
}
