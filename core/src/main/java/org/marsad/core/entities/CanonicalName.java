package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses an entity's display name, the most representative full form among its aliases:
 *
 * <ol>
 *   <li>for a person, partial forms are out: a name contained in a longer one of the same entity («كيري»
 *       in «جون كيري»); a place or organization is called as most mentions call it («إيران», not a
 *       longer phrase the tagger once swept in with it, «ميليشيات إيران»);
 *   <li>the rest are grouped by key, a residue form («لأمم المتحدة») with the whole form it stands for,
 *       and the group with the most mentions wins (the first seen on a tie);
 *   <li>in it, a form without a role or kind prefix, then a whole one (not a residue), then the one with
 *       most words (spaced rather than glued), then the most used, then the first seen; a person's role
 *       is left out of the name either way.
 * </ol>
 */
final class CanonicalName {

  private record Candidate(EntityRecord.Alias alias, String group, boolean residue) {}

  private static final Comparator<Candidate> WITHIN_GROUP =
      Comparator.<Candidate>comparingInt(c -> c.alias().form.prefix() > 0 ? 1 : 0)
          .thenComparingInt(c -> c.residue() ? 1 : 0)
          .thenComparingInt(c -> -c.alias().form.size())
          .thenComparingInt(c -> -c.alias().count)
          .thenComparingInt(c -> c.alias().order);

  private CanonicalName() {}

  static String of(EntityRecord entity) {
    List<Candidate> candidates = wholeForms(entity.aliases(), entity.type == EntityType.PER);
    Map<String, Integer> mentionsByGroup = new LinkedHashMap<>();
    for (Candidate c : candidates) mentionsByGroup.merge(c.group(), c.alias().count, Integer::sum);
    String best = null;
    for (Map.Entry<String, Integer> g : mentionsByGroup.entrySet()) {
      if (best == null || g.getValue() > mentionsByGroup.get(best)) best = g.getKey();
    }
    Candidate chosen = null;
    for (Candidate c : candidates) {
      if (c.group().equals(best) && (chosen == null || WITHIN_GROUP.compare(c, chosen) < 0)) chosen = c;
    }
    return chosen.alias().form.display(entity.type);
  }

  /** The aliases (for a person, those not contained in a longer one), each with its group, first seen first. */
  private static List<Candidate> wholeForms(List<EntityRecord.Alias> aliases, boolean dropPartial) {
    Set<String> keys = new HashSet<>();
    for (EntityRecord.Alias a : aliases) keys.add(a.form.key());
    List<Candidate> out = new ArrayList<>();
    for (EntityRecord.Alias a : aliases) {
      if (dropPartial && isPartial(a, aliases)) continue;
      String whole = a.form.residueKey();
      boolean residue = whole != null && keys.contains(whole);
      out.add(new Candidate(a, residue ? whole : a.form.key(), residue));
    }
    return out;
  }

  private static boolean isPartial(EntityRecord.Alias a, List<EntityRecord.Alias> aliases) {
    List<String> name = a.form.name();
    for (EntityRecord.Alias other : aliases) {
      List<String> longer = other.form.name();
      if (longer.size() > name.size() && Collections.indexOfSubList(longer, name) >= 0) return true;
    }
    return false;
  }
}
