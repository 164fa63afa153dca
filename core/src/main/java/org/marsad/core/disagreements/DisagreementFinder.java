package org.marsad.core.disagreements;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * Flags figures that a story's sources give differently. Claims are compared only within one key: the same
 * kind (killed, fled, countries…; «other» is never compared), the same counted group and noun, the same place
 * and the same period, as the text states them; a claim with neither place nor period is not compared. The
 * sources are outlets, or articles when all come from one outlet. A cumulative figure («منذ 22 نيسان») and a daily one have different
 * periods, so they never contradict each other. Within a key, claims from at least two articles disagree
 * when no value fits them all: the largest lower bound exceeds the smallest upper bound, by more than
 * {@link #TOLERANCE} for counts from {@link #ROUNDED_FROM} up. Hedged claims («أكثر من 50», «عشرات») allow ranges, so honest uncertainty is not a
 * false alarm. Thread-safe (stateless).
 */
public final class DisagreementFinder {

  /**
   * Rounding between outlets (50,000 against 52,000) is not a disagreement; small counts are exact (ten
   * countries against eleven is one).
   */
  static final double TOLERANCE = 0.1;
  static final long ROUNDED_FROM = 100;

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  public List<Disagreement> find(List<Claim> claims) {
    Map<String, List<Claim>> byKey = new LinkedHashMap<>();
    Set<String> outlets = new LinkedHashSet<>();
    for (Claim c : claims) {
      if (c.kind() == null || c.kind().equals("other")) continue;
      // A figure tied to no place and no period is too loose to hold against another.
      if (blank(c.place()) && blank(c.period())) continue;
      byKey.computeIfAbsent(key(c), k -> new ArrayList<>()).add(c);
      outlets.add(String.valueOf(c.outlet()));
    }
    // Sources are outlets when the story has several; a one-outlet corpus (the seeds) compares articles.
    boolean byOutlet = outlets.size() > 1;
    List<Disagreement> out = new ArrayList<>();
    for (List<Claim> group : byKey.values()) {
      Set<String> sources = new LinkedHashSet<>();
      for (Claim c : group) sources.add(byOutlet ? String.valueOf(c.outlet()) : c.article());
      if (sources.size() < 2) continue;
      long low = Long.MIN_VALUE;
      long high = Long.MAX_VALUE;
      for (Claim c : group) {
        ClaimRange r = ClaimRange.of(c);
        low = Math.max(low, r.low());
        high = Math.min(high, r.high());
      }
      double slack = high >= ROUNDED_FROM && high < Long.MAX_VALUE ? high * TOLERANCE : 0;
      if (low > high + slack) {
        Claim first = group.get(0);
        out.add(new Disagreement(first.kind(), first.group(), first.place(), first.period(), low, high,
            List.copyOf(group)));
      }
    }
    return out;
  }

  /**
   * kind|group|noun|place|period, each in matching form so spelling variants meet; the noun is what the
   * figure counts as written («فلسطينيين», «متهما»), so defendants are not held against conscripts.
   */
  static String key(Claim c) {
    // A running toll («52 فلسطينيا») is a count as of the day it is published: compare it with that day's.
    String when = blank(c.period()) ? "as of " + c.published() : Periods.key(c.period());
    return c.kind() + "|" + norm(c.group()) + "|" + CountedNoun.of(c.text()) + "|" + norm(c.place()) + "|" + when;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String norm(String s) {
    return s == null ? "" : NORMALIZER.normalize(s.strip().replaceAll("\\s+", " "));
  }
}
