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

  public String normalize(CharSequence token) {
    String folded = FOLDING.isNormalized(token) ? token.toString() : FOLDING.normalize(token);
    char[] buf = folded.toCharArray();
    int len = ARABIC.normalize(buf, buf.length);
    return new String(buf, 0, len);
  }
}
