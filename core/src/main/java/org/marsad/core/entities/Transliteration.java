package org.marsad.core.entities;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether two spellings of one word may be one foreign name transliterated twice: ستيفان / ستافان
 * (Staffan), حجي / حاجي (Hagi), أيرولت / أيرو (Ayrault, whose final «lt» is silent in French).
 *
 * <p>Arabic writes foreign vowels with ا و ي or not at all, so the words are compared by their consonant
 * skeleton: the word without ا و ي except its first letter. Skeletons match when equal, when one only
 * adds a silent French ending to the other (ت س د ز لت), or when one letter is swapped for its usual
 * stand-in for a foreign sound (ت/ط, س/ص, د/ض, ذ/ز, ذ/د, ك/ق, ج/غ). Any other single-letter difference
 * is not accepted: كارتر and كاسترو are one letter apart too; nor is a final ه, which makes a feminine
 * given name of a masculine one (عزيز, عزيزة).
 *
 * <p>In Arabic given names those vowel letters are not spelling but the name itself (سعد ≠ سعيد, محمد ≠
 * محمود, حسن ≠ حسين), so common given names ({@link GivenNames}) never match by skeleton. The caller
 * must require the rest of the name to agree (see {@link EntityIndex#similar}).
 */
final class Transliteration {

  /** Endings a French name may be written with or without: Ayrault is أيرولت and أيرو. */
  private static final Set<String> SILENT_ENDINGS = Set.of("ت", "س", "د", "ز", "لت");

  /** Letter pairs, both ways round, that write one foreign sound. */
  private static final Set<String> STAND_INS = standIns("تط سص دض ذز ذد كق جغ");

  private Transliteration() {}

  private static Set<String> standIns(String pairs) {
    Set<String> out = new HashSet<>();
    for (String p : pairs.split(" ")) {
      out.add(p);
      out.add(new StringBuilder(p).reverse().toString());
    }
    return Set.copyOf(out);
  }

  /** Whether normalized words {@code a} and {@code b} may be one transliterated name. */
  static boolean sameName(String a, String b) {
    if (a.equals(b)) return true;
    if (a.length() < 3 || b.length() < 3 || GivenNames.contains(a) || GivenNames.contains(b)) return false;
    String sa = skeleton(a);
    String sb = skeleton(b);
    if (sa.equals(sb)) return true;
    boolean aShorter = sa.length() <= sb.length();
    String shorter = aShorter ? sa : sb;
    String longer = aShorter ? sb : sa;
    if (shorter.length() >= 2 && longer.startsWith(shorter)
        && SILENT_ENDINGS.contains(longer.substring(shorter.length()))) {
      return true;
    }
    return sa.length() == sb.length() && sa.length() >= 3 && oneStandInApart(sa, sb);
  }

  /** The word without ا و ي after its first letter (normalization already made ى into ي). */
  static String skeleton(String word) {
    StringBuilder sb = new StringBuilder(word.length());
    sb.append(word.charAt(0));
    for (int i = 1; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c != 'ا' && c != 'و' && c != 'ي') sb.append(c);
    }
    return sb.toString();
  }

  /** Whether equal-length {@code a} and {@code b} differ in exactly one letter, a stand-in pair. */
  private static boolean oneStandInApart(String a, String b) {
    int diff = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) == b.charAt(i)) continue;
      if (diff >= 0) return false;
      diff = i;
    }
    return diff >= 0 && STAND_INS.contains("" + a.charAt(diff) + b.charAt(diff));
  }
}
