package org.marsad.core.disagreements;

import java.util.List;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * Reads a figure's period phrase into a comparison key: a weekday named any way («أمس السبت», «يوم السبت»,
 * «ليل السبت») is that day; «منذ ...» is a cumulative period starting then; anything else is compared as
 * written. No period at all is its own key: a figure without one is not compared with a dated one.
 */
final class Periods {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();
  private static final List<String> WEEKDAYS =
      List.of("السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه");

  private Periods() {}

  static String key(String period) {
    if (period == null || period.isBlank()) return "";
    String p = NORMALIZER.normalize(period.strip().replaceAll("\\s+", " "));
    boolean since = p.startsWith("منذ");
    for (String day : WEEKDAYS) {
      if (p.contains(day)) return (since ? "since " : "day ") + day;
    }
    return p;
  }
}
