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
   * SIMPLE[c], for c below U+0700 (Latin, the Arabic block): what the whole normalization (utr30, then
   * ArabicNormalizer) makes of c alone, a char or {@link #DROPPED}, when c has a normalization boundary
   * before it so that utr30 never lets it interact with what precedes it; {@link #COMPLEX} otherwise.
   *
   * <p>A token made only of such chars normalizes char by char: utr30 can normalize text in pieces that
   * start at such chars (ICU's hasBoundaryBefore contract), and ArabicNormalizer maps or deletes each char
   * on its own. That covers almost every news token, without ICU or a String: plain letters map to
   * themselves, ة أ إ ى ئ ؤ آ and Latin capitals to one char, tatweel to nothing. Diacritics combine with
   * the letter before them and take the ICU path, as do presentation forms and ligatures.
   */
  private static final int[] SIMPLE = new int[0x0700];

  private static final int COMPLEX = -1;
  private static final int DROPPED = -2;

  static {
    for (int c = 0; c < SIMPLE.length; c++) {
      String folded = FOLDING.normalize(String.valueOf((char) c));
      if (!FOLDING.hasBoundaryBefore(c) || folded.length() > 1) {
        SIMPLE[c] = COMPLEX;
        continue;
      }
      char[] buf = folded.toCharArray();
      int n = ARABIC.normalize(buf, buf.length);
      SIMPLE[c] = n == 0 ? DROPPED : buf[0];
    }
  }

  /**
   * Normalizes {@code s[start, end)} char by char into {@code dst} from {@code off} when every char is
   * {@link #SIMPLE}, which never lengthens it; returns the normalized length, or -1 when some char needs
   * the full path (what was written to {@code dst} is then garbage).
   */
  int normalizeSimple(CharSequence s, int start, int end, char[] dst, int off) {
    int m = off;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      int f = c < SIMPLE.length ? SIMPLE[c] : COMPLEX;
      if (f >= 0) dst[m++] = (char) f;
      else if (f == COMPLEX) return -1;
    }
    return m - off;
  }

  public String normalize(CharSequence token) {
    char[] buf = new char[token.length()];
    int n = normalizeSimple(token, 0, token.length(), buf, 0);
    if (n >= 0) return new String(buf, 0, n);
    buf = FOLDING.normalize(token).toCharArray();
    return new String(buf, 0, ARABIC.normalize(buf, buf.length));
  }
}
