package org.marsad.core.dates;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * «قبل ثلاثة أيام», «منذ عامين», «قبل شهر»: an amount of days, weeks, months or years counted back from the
 * publication day. A plural unit without an amount («قبل أيام», a few days ago) says no amount and is not
 * read. Immutable.
 */
record Ago(int amount, ChronoUnit unit) {

  /** Number words that count such units (Arabic counts 3-10 with the plural, 11 and up with the singular). */
  private static final Map<String, Integer> NUMBERS = numbers();

  private static Map<String, Integer> numbers() {
    Map<String, Integer> m = new LinkedHashMap<>();
    String[][] words = {
        {"1", "واحد", "واحدة"}, {"3", "ثلاثة", "ثلاث"}, {"4", "أربعة", "اربعة", "أربع", "اربع"},
        {"5", "خمسة", "خمس"}, {"6", "ستة", "ست"}, {"7", "سبعة", "سبع"}, {"8", "ثمانية", "ثماني", "ثمان"},
        {"9", "تسعة", "تسع"}, {"10", "عشرة", "عشر"}, {"20", "عشرين"}, {"30", "ثلاثين"}, {"40", "أربعين", "اربعين"},
        {"50", "خمسين"}, {"60", "ستين"}, {"70", "سبعين"}, {"80", "ثمانين"}, {"90", "تسعين"}, {"100", "مئة", "مائة"}};
    for (String[] row : words) for (int i = 1; i < row.length; i++) m.put(row[i], Integer.parseInt(row[0]));
    return m;
  }

  /** A regex alternation (no capturing group) of the number words, longest first. */
  static String alternation() {
    return MonthNames.alternationOf(NUMBERS.keySet());
  }

  /**
   * The amount and unit of «[amount] unit», or null when it states no amount. {@code amount} is digits, a
   * number word or null; {@code unit} one of the unit words of {@link DateMentionFinder}.
   */
  static Ago of(String amount, String unit) {
    ChronoUnit u = unit.startsWith("يوم") || unit.contains("يام") ? ChronoUnit.DAYS
        : unit.contains("سبوع") || unit.contains("سابيع") ? ChronoUnit.WEEKS
        : unit.startsWith("شهر") || unit.contains("شهر") || unit.equals("شهور") ? ChronoUnit.MONTHS
        : ChronoUnit.YEARS;
    boolean dual = unit.endsWith("ين") && !unit.equals("سنين");
    boolean plural = unit.contains("يام") || unit.contains("سابيع") || unit.equals("أشهر") || unit.equals("اشهر")
        || unit.equals("شهور") || unit.contains("عوام") || unit.equals("سنوات") || unit.equals("سنين");
    int n;
    if (amount == null) {
      if (plural) return null;
      n = dual ? 2 : 1;
    } else if (Character.isDigit(amount.charAt(0))) {
      n = DateMentionFinder.number(amount);
    } else {
      n = NUMBERS.getOrDefault(amount, 0);
    }
    return n <= 0 ? null : new Ago(n, u);
  }

  LocalDate before(LocalDate published) {
    return published.minus(amount, unit);
  }

  DateMention.Precision precision() {
    return switch (unit) {
      case DAYS, WEEKS -> DateMention.Precision.DAY;
      case MONTHS -> DateMention.Precision.MONTH;
      default -> DateMention.Precision.YEAR;
    };
  }
}
