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
   * INERT[c]: utr30 maps c to itself and c never combines with its neighbours, for c below U+0700 (Latin,
   * the Arabic block). Almost every news token is made only of such characters, and then ICU can be skipped.
   */
  private static final boolean[] INERT = new boolean[0x0700];

  static {
    for (int c = 0; c < INERT.length; c++) INERT[c] = FOLDING.isInert(c);
  }

  /**
   * Normalizes {@code text[start, end)} into {@code buf} from index 0, without building Strings on the
   * common path; returns the normalized length. {@code buf} must hold at least {@code end - start} chars; a
   * token that folds longer (a ligature such as U+FDFA) is returned in a new, larger array through
   * {@code grown}, which callers then keep as their buffer.
   */
  int normalize(String text, int start, int end, char[] buf, char[][] grown) {
    int n = end - start;
    text.getChars(start, end, buf, 0);
    boolean inert = true;
    for (int i = 0; i < n; i++) {
      char c = buf[i];
      if (c >= INERT.length || !INERT[c]) {
        inert = false;
        break;
      }
    }
    if (!inert) {
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
    int n = token.length();
    char[] buf = new char[n];
    boolean inert = true;
    for (int i = 0; i < n; i++) {
      char c = token.charAt(i);
      buf[i] = c;
      inert &= c < INERT.length && INERT[c];
    }
    if (!inert) {
      buf = FOLDING.normalize(token).toCharArray();
      n = buf.length;
    }
    return new String(buf, 0, ARABIC.normalize(buf, n));
  }
}
