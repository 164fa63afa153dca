package org.marsad.core.disagreements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * Flags lists of countries that cannot all be right: a list that names more or fewer members than the
 * count it states, and lists of the same group (kind and qualifier: «دول عربية») whose members differ
 * between sources, names compared by {@link CountryNames} so «المملكة» and «السعودية» are one. Sources are
 * outlets, or articles when all come from one outlet, as for figures. Thread-safe (stateless).
 */
public final class ListDisagreementFinder {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  public List<ListDisagreement> find(List<ListClaim> claims) {
    List<ListDisagreement> out = new ArrayList<>();
    Set<String> outlets = new LinkedHashSet<>();
    Map<String, List<ListClaim>> byGroup = new LinkedHashMap<>();
    for (ListClaim c : claims) {
      NamedList l = c.list();
      if (l.count() != l.members().size()) {
        out.add(new ListDisagreement(l.kind(), l.qualifier(), "count_vs_named", List.of(c), List.of()));
      }
      outlets.add(String.valueOf(c.outlet()));
      byGroup.computeIfAbsent(l.kind() + "|" + norm(l.qualifier()), k -> new ArrayList<>()).add(c);
    }
    boolean byOutlet = outlets.size() > 1;
    for (List<ListClaim> group : byGroup.values()) {
      Set<String> sources = new LinkedHashSet<>();
      for (ListClaim c : group) sources.add(byOutlet ? String.valueOf(c.outlet()) : c.article());
      if (sources.size() < 2) continue;
      // A name is unshared when some list of the group lacks it.
      Map<String, String> firstSpelling = new LinkedHashMap<>();
      List<Set<String>> sets = new ArrayList<>();
      for (ListClaim c : group) {
        Set<String> keys = new LinkedHashSet<>();
        for (NamedList.Member m : c.list().members()) {
          String key = CountryNames.key(m.name());
          keys.add(key);
          firstSpelling.putIfAbsent(key, m.name());
        }
        sets.add(keys);
      }
      List<String> unshared = new ArrayList<>();
      firstSpelling.forEach((key, name) -> {
        for (Set<String> s : sets) {
          if (!s.contains(key)) {
            unshared.add(name);
            return;
          }
        }
      });
      if (!unshared.isEmpty()) {
        NamedList l = group.get(0).list();
        out.add(new ListDisagreement(l.kind(), l.qualifier(), "members", List.copyOf(group), unshared));
      }
    }
    return out;
  }

  private static String norm(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder();
    for (String w : s.strip().split("\\s+")) sb.append(NORMALIZER.normalize(w)).append(' ');
    return sb.toString().strip();
  }
}
