package org.marsad.core.dates;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Arabic month names, both systems, as data: the Gregorian transliterations used in Egypt and the Gulf
 * (يناير ... ديسمبر) and the Levantine/Iraqi names (كانون الثاني ... كانون الأول), with their common spellings
 * (hamza or bare alef, يونيو/يونيه). Immutable and thread-safe.
 */
public final class MonthNames {

  private static final Map<String, Integer> MONTHS = build();
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private MonthNames() {}

  private static Map<String, Integer> build() {
    Map<String, Integer> m = new LinkedHashMap<>();
    put(m, 1, "يناير", "كانون الثاني", "كانون ثاني");
    put(m, 2, "فبراير", "شباط");
    put(m, 3, "مارس", "آذار", "اذار", "أذار");
    put(m, 4, "أبريل", "ابريل", "إبريل", "نيسان");
    put(m, 5, "مايو", "أيار", "ايار");
    put(m, 6, "يونيو", "يونيه", "حزيران");
    put(m, 7, "يوليو", "يوليه", "تموز");
    put(m, 8, "أغسطس", "اغسطس", "آب", "اب");
    put(m, 9, "سبتمبر", "أيلول", "ايلول");
    put(m, 10, "أكتوبر", "اكتوبر", "تشرين الأول", "تشرين الاول", "تشرين أول", "تشرين اول");
    put(m, 11, "نوفمبر", "تشرين الثاني", "تشرين ثاني");
    put(m, 12, "ديسمبر", "كانون الأول", "كانون الاول", "كانون أول", "كانون اول");
    return Collections.unmodifiableMap(m);
  }

  static void put(Map<String, Integer> m, int month, String... names) {
    for (String n : names) m.put(n, month);
  }

  /** Every spelling and its month number (1-12). */
  public static Map<String, Integer> all() {
    return MONTHS;
  }

  /**
   * The month (1-12) a name found in text denotes, with runs of whitespace inside two-word names treated as
   * one space; 0 when it is not a month name.
   */
  public static int monthOf(CharSequence name) {
    return monthIn(MONTHS, name);
  }

  /** The month a name denotes in {@code names}, runs of whitespace read as one space; 0 when none. */
  static int monthIn(Map<String, Integer> names, CharSequence name) {
    Integer m = names.get(SPACES.matcher(name).replaceAll(" "));
    return m == null ? 0 : m;
  }

  /**
   * A regex alternation (no capturing group) matching any month name as a whole word, longest names first
   * so that «كانون الثاني» is not read as «كانون».
   */
  public static String alternation() {
    return alternationOf(MONTHS.keySet());
  }

  /** As {@link #alternation()}, for any set of names (the Hijri months use it too). */
  static String alternationOf(java.util.Collection<String> all) {
    List<String> names = new ArrayList<>(all);
    names.sort(Comparator.comparingInt(String::length).reversed());
    StringBuilder sb = new StringBuilder("(?:");
    for (int i = 0; i < names.size(); i++) {
      if (i > 0) sb.append('|');
      sb.append(Pattern.quote(names.get(i)).replace(" ", "\\E\\s+\\Q"));
    }
    return sb.append(")(?![\\p{L}\\p{M}])").toString();
  }
}
