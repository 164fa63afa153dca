package org.marsad.core.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Reads a number written in digits (Western or Arabic-Indic, with separators, optionally with a scale word:
 * «270 ألف», «1.2 مليون») or in Arabic words, including dual and construct forms («ألفي», «مائتي»,
 * «ثلاثمائة», «خمسة وعشرون»). Vague plurals are read as lower bounds and flagged vague:
 * «عشرات» ≥ 20, «مئات» ≥ 200, «آلاف» ≥ 2000, «ملايين» ≥ 2 000 000, «عشرات الآلاف» ≥ 20 000,
 * «مئات الآلاف» ≥ 200 000 — the smallest amount the plural can mean (two of the unit), because a lower bound
 * never overstates what the outlet said. A fractional value without a scale word is rounded down.
 * Stateless and thread-safe.
 */
public final class NumberWords {
  private NumberWords() {}

  private static final Map<String, Integer> UNITS = Map.ofEntries(
      Map.entry("واحد", 1), Map.entry("واحده", 1),
      Map.entry("اثنان", 2), Map.entry("اثنين", 2), Map.entry("اثنتان", 2), Map.entry("اثنتين", 2),
      Map.entry("ثلاث", 3), Map.entry("ثلاثه", 3), Map.entry("اربع", 4), Map.entry("اربعه", 4),
      Map.entry("خمس", 5), Map.entry("خمسه", 5), Map.entry("ست", 6), Map.entry("سته", 6),
      Map.entry("سبع", 7), Map.entry("سبعه", 7), Map.entry("ثمان", 8), Map.entry("ثماني", 8),
      Map.entry("ثمانيه", 8), Map.entry("تسع", 9), Map.entry("تسعه", 9),
      Map.entry("عشر", 10), Map.entry("عشره", 10));

  /** Units that only count when «عشر» follows: «أحد عشر», «اثنا عشر» (alone «أحد» is Sunday or «anyone»). */
  private static final Map<String, Integer> TEEN_ONLY = Map.of(
      "احد", 1, "احدي", 1, "اثنا", 2, "اثني", 2, "اثنتا", 2, "اثنتي", 2);

  private static final Set<String> TEN_SUFFIX = Set.of("عشر", "عشره");

  private static final Map<String, Integer> TENS = Map.ofEntries(
      Map.entry("عشرون", 20), Map.entry("عشرين", 20), Map.entry("ثلاثون", 30), Map.entry("ثلاثين", 30),
      Map.entry("اربعون", 40), Map.entry("اربعين", 40), Map.entry("خمسون", 50), Map.entry("خمسين", 50),
      Map.entry("ستون", 60), Map.entry("ستين", 60), Map.entry("سبعون", 70), Map.entry("سبعين", 70),
      Map.entry("ثمانون", 80), Map.entry("ثمانين", 80), Map.entry("تسعون", 90), Map.entry("تسعين", 90));

  private static final Set<String> HUNDRED = Set.of("مئه", "مائه");
  private static final Map<String, Integer> HUNDREDS = hundreds();

  private static final Map<String, Long> SCALES = Map.of(
      "الف", 1_000L, "الاف", 1_000L, "مليون", 1_000_000L, "ملايين", 1_000_000L,
      "مليار", 1_000_000_000L, "مليارات", 1_000_000_000L);
  private static final Map<String, Long> DUAL_SCALES = Map.of(
      "الفان", 2_000L, "الفين", 2_000L, "الفي", 2_000L,
      "مليونان", 2_000_000L, "مليونين", 2_000_000L, "مليوني", 2_000_000L);
  /** «ألفا» is the dual «two thousand» at the start, the accusative «thousand» after a number («عشرين ألفا»). */
  private static final Map<String, Long> DUAL_OR_SCALE = Map.of("الفا", 1_000L, "مليونا", 1_000_000L);

  private static final Map<String, Long> VAGUE = Map.of(
      "عشرات", 20L, "العشرات", 20L, "مئات", 200L, "المئات", 200L,
      "الاف", 2_000L, "الالاف", 2_000L, "ملايين", 2_000_000L, "الملايين", 2_000_000L);
  private static final Map<String, Long> VAGUE_SCALES = Map.of(
      "الاف", 1_000L, "الالاف", 1_000L, "ملايين", 1_000_000L, "الملايين", 1_000_000L);

  /** Ordinals before «عشر» make «الثاني عشر» (twelfth) — not the number ten. */
  private static final Set<String> ORDINALS = Set.of("حادي", "الحادي", "ثاني", "الثاني", "ثالث", "الثالث",
      "رابع", "الرابع", "خامس", "الخامس", "سادس", "السادس", "سابع", "السابع", "ثامن", "الثامن", "تاسع",
      "التاسع");

  private static Map<String, Integer> hundreds() {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (String h : HUNDRED) {
      m.put(h, 100);
      m.put(h.replace("ه", "تا"), 200);
      m.put(h.replace("ه", "تان"), 200);
      m.put(h.replace("ه", "تين"), 200);
      m.put(h.replace("ه", "تي"), 200);
      String[] units = {"ثلاث", "اربع", "خمس", "ست", "سبع", "ثمان", "ثماني", "تسع"};
      int[] values = {3, 4, 5, 6, 7, 8, 8, 9};
      for (int k = 0; k < units.length; k++) m.put(units[k] + h, values[k] * 100);
    }
    return Map.copyOf(m);
  }

  /** The value of a phrase that is one number and nothing else, e.g. «ثلاثمائة» or «١٬٥٠٠»; empty if not. */
  public static OptionalLong valueOf(String phrase) {
    List<Word> words = WordScanner.scan(phrase, 0, phrase.length());
    NumberReading r = words.isEmpty() ? null : read(words, 0);
    return r != null && r.end() == words.size() ? OptionalLong.of(r.value()) : OptionalLong.empty();
  }

  /** Whether {@link #valueOf} reads the phrase as a vague amount («عشرات الآلاف»). */
  public static boolean isVague(String phrase) {
    List<Word> words = WordScanner.scan(phrase, 0, phrase.length());
    NumberReading r = words.isEmpty() ? null : read(words, 0);
    return r != null && r.vague();
  }

  /** The number that starts at word {@code i}, or null when none does. */
  static NumberReading read(List<Word> words, int i) {
    Word w = words.get(i);
    NumberReading r;
    if (w.isDigits()) r = readDigits(words, i);
    else if (!w.isLetters()) return null;
    else if (VAGUE.containsKey(w.folded())) r = readVague(words, i);
    else r = readWords(words, i);
    return r == null ? null : withPercent(words, r);
  }

  private static NumberReading readDigits(List<Word> words, int i) {
    BigDecimal v = DigitNumbers.parse(words.get(i).raw());
    if (v == null) return null;
    int j = i + 1;
    boolean bare = true;
    long scale = j < words.size() ? scaleOf(words.get(j).folded()) : 0;
    if (scale > 0) {
      v = v.multiply(BigDecimal.valueOf(scale));
      j++;
      bare = false;
    }
    return new NumberReading(floor(v), i, j, words.get(i).start(), false, false, bare);
  }

  private static NumberReading readVague(List<Word> words, int i) {
    long v = VAGUE.get(words.get(i).folded());
    int j = i + 1;
    if (v < 1_000 && j < words.size() && VAGUE_SCALES.containsKey(words.get(j).folded())) {
      v *= VAGUE_SCALES.get(words.get(j).folded());
      j++;
    }
    return new NumberReading(v, i, j, words.get(i).start(), true, false, false);
  }

  /** Words: [hundreds] [units | teens | units و tens] [scale], joined by «و», repeated after a scale. */
  private static NumberReading readWords(List<Word> words, int i) {
    String head = words.get(i).folded();
    if (!isAtom(head) && !(head.startsWith("و") && isAtom(head.substring(1)))) return null; // most words
    if (i > 0 && TEN_SUFFIX.contains(words.get(i).folded()) && ORDINALS.contains(words.get(i - 1).folded())) {
      return null;
    }
    long total = 0;
    long group = 0;
    int j = i;
    int startChar = -1;
    boolean needAnd = false; // after a complete part, the next part must be joined by «و»
    long lastScale = 0;
    int filled = 0; // places of the current group already given
    while (j < words.size() && words.get(j).isLetters()) {
      String f = words.get(j).folded();
      if (lastScale > 0 && f.equals("ونصف")) { // «مليون ونصف (مليون)»: half the last scale
        total += lastScale / 2;
        j++;
        if (j < words.size() && scaleOf(words.get(j).folded()) == lastScale) j++;
        lastScale = 0;
        continue;
      }
      int skip = 0;
      if (needAnd || j == i) {
        if (f.startsWith("و") && f.length() > 2 && isAtom(f.substring(1))) {
          f = f.substring(1);
          skip = 1;
        } else if (needAnd && !isScale(f)) {
          break;
        }
      }
      if (j == i) startChar = words.get(j).start() + skip;
      String next = j + 1 < words.size() ? words.get(j + 1).folded() : "";
      int place; // which places of the group this part fills: «عشرين وثلاثين» is two numbers, not fifty
      long part;
      int used = 1;
      if (TEEN_ONLY.containsKey(f) || (UNITS.containsKey(f) && TEN_SUFFIX.contains(next))) {
        if (!TEN_SUFFIX.contains(next)) break;
        place = UNITS_PLACE | TENS_PLACE;
        part = 10 + (TEEN_ONLY.containsKey(f) ? TEEN_ONLY.get(f) : UNITS.get(f));
        used = 2;
      } else if (UNITS.containsKey(f) && HUNDRED.contains(next)) {
        place = HUNDREDS_PLACE;
        part = UNITS.get(f) * 100L; // «ثلاث مئة»
        used = 2;
      } else if (UNITS.containsKey(f)) {
        place = UNITS_PLACE;
        part = UNITS.get(f);
      } else if (TENS.containsKey(f)) {
        place = TENS_PLACE;
        part = TENS.get(f);
      } else if (HUNDREDS.containsKey(f)) {
        place = HUNDREDS_PLACE;
        part = HUNDREDS.get(f);
      } else if (SCALES.containsKey(f) || (DUAL_OR_SCALE.containsKey(f) && group > 0)) {
        long scale = scaleOf(f);
        total += Math.max(group, 1) * scale;
        group = 0;
        filled = 0;
        lastScale = scale;
        j++;
        needAnd = true;
        continue;
      } else if (DUAL_SCALES.containsKey(f) || DUAL_OR_SCALE.containsKey(f)) {
        total += DUAL_SCALES.containsKey(f) ? DUAL_SCALES.get(f) : 2 * DUAL_OR_SCALE.get(f);
        j++;
        needAnd = true;
        continue;
      } else {
        break;
      }
      if ((filled & place) != 0) break;
      filled |= place;
      group += part;
      j += used;
      needAnd = true;
    }
    if (j == i) return null;
    return new NumberReading(total + group, i, j, startChar, false, false, false);
  }

  private static final int UNITS_PLACE = 1;
  private static final int TENS_PLACE = 2;
  private static final int HUNDREDS_PLACE = 4;

  private static boolean isAtom(String f) {
    return UNITS.containsKey(f) || TEEN_ONLY.containsKey(f) || TENS.containsKey(f) || HUNDREDS.containsKey(f)
        || isScale(f) || DUAL_SCALES.containsKey(f);
  }

  private static long scaleOf(String f) {
    Long s = SCALES.containsKey(f) ? SCALES.get(f) : DUAL_OR_SCALE.get(f);
    return s == null ? 0 : s;
  }

  private static boolean isScale(String f) {
    return SCALES.containsKey(f) || DUAL_OR_SCALE.containsKey(f);
  }

  /** «85%», «85 في المئة», «٨٥ بالمئة». */
  private static NumberReading withPercent(List<Word> words, NumberReading r) {
    int j = r.end();
    int n = words.size();
    int end = -1;
    if (j < n && (words.get(j).raw().equals("%") || words.get(j).raw().equals("٪"))) end = j + 1;
    else if (j < n && isBiHundred(words.get(j).folded())) end = j + 1;
    else if (j + 1 < n && words.get(j).folded().equals("في") && isTheHundred(words.get(j + 1).folded())) {
      end = j + 2;
    }
    if (end < 0) return r;
    return new NumberReading(r.value(), r.first(), end, r.startChar(), r.vague(), true, false);
  }

  private static boolean isTheHundred(String f) {
    return f.equals("المئه") || f.equals("المائه");
  }

  private static boolean isBiHundred(String f) {
    return f.equals("بالمئه") || f.equals("بالمائه");
  }

  private static long floor(BigDecimal v) {
    return v.setScale(0, RoundingMode.FLOOR).longValue();
  }
}
