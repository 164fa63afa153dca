package org.marsad.core.normalize;

import com.ibm.icu.text.Normalizer2;
import org.apache.lucene.analysis.ar.ArabicNormalizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;

/**
 * Normalizes one token for matching: ICU folding (Lucene's utr30: presentation forms to plain letters,
 * Arabic-Indic digits to ASCII, Latin case and accents), then Lucene's {@link ArabicNormalizer} (alef and
 * hamza forms to bare alef, alef maqsura to ya, ta marbuta to ha, tatweel and diacritics removed).
 *
 * <p>Folding runs first because ArabicNormalizer only knows the plain Arabic block, not presentation forms.
 * {@link MatchAnalyzer} applies the same two steps in the same order. Thread-safe (stateless).
 */
public final class MatchNormalizer {

  /** The utr30 folding ICUFoldingFilter uses; immutable and thread-safe. */
  static final Normalizer2 FOLDING = ICUFoldingFilter.NORMALIZER;

  private static final ArabicNormalizer ARABIC = new ArabicNormalizer();

  /**
   * SIMPLE[c], for c below U+0700 (Latin, the Arabic block): what utr30 makes of c alone (a char, or
   * {@link #DROPPED}) when c has a normalization boundary before it, so that it never interacts with what
   * precedes it; {@link #COMPLEX} otherwise. A token made only of such chars folds char by char (ICU's
   * hasBoundaryBefore contract: text can be normalized in pieces that start at such chars), which covers
   * almost every news token: plain letters map to themselves, and ة أ إ ى ئ ؤ آ and Latin capitals map to
   * one char. Diacritics combine with the letter before them and take the ICU path.
   */
  private static final int[] SIMPLE = new int[0x0700];

  private static final int COMPLEX = -1;
  private static final int DROPPED = -2;

  static {
    for (int c = 0; c < SIMPLE.length; c++) {
      String folded = FOLDING.normalize(String.valueOf((char) c));
      if (!FOLDING.hasBoundaryBefore(c) || folded.length() > 1) SIMPLE[c] = COMPLEX;
      else SIMPLE[c] = folded.isEmpty() ? DROPPED : folded.charAt(0);
    }
  }

  /**
   * Folds {@code s[start, end)} char by char into {@code buf} when every char is {@link #SIMPLE}; returns
   * the folded length, or -1 when some char needs ICU.
   */
  private static int foldSimple(CharSequence s, int start, int end, char[] buf) {
    int m = 0;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      int f = c < SIMPLE.length ? SIMPLE[c] : COMPLEX;
      if (f >= 0) buf[m++] = (char) f;
      else if (f == COMPLEX) return -1;
    }
    return m;
  }

  /**
   * Normalizes {@code text[start, end)} into {@code buf} from index 0, without building Strings on the
   * common path; returns the normalized length. {@code buf} must hold at least {@code end - start} chars; a
   * token that folds longer (a ligature such as U+FDFA) is returned in a new, larger array through
   * {@code grown}, which callers then keep as their buffer.
   */
  int normalize(String text, int start, int end, char[] buf, char[][] grown) {
    int n = foldSimple(text, start, end, buf);
    if (n < 0) {
      String folded = FOLDING.normalize(text.subSequence(start, end));
      n = folded.length();
      if (n > buf.length) {
        buf = new char[Math.max(n, buf.length * 2)];
        grown[0] = buf;
      }
      folded.getChars(0, n, buf, 0);
    }
    return ARABIC.normalize(buf, n);
  }

  public String normalize(CharSequence token) {
    char[] buf = new char[token.length()];
    int n = foldSimple(token, 0, token.length(), buf);
    if (n < 0) {
      buf = FOLDING.normalize(token).toCharArray();
      n = buf.length;
    }
    return new String(buf, 0, ARABIC.normalize(buf, n));
  }
}
