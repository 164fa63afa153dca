package org.marsad.core.normalize;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * {@link MatchNormalizer} as a Lucene TokenFilter: utr30 folding then Arabic normalization, on the term in
 * place. It gives the same terms as ICUNormalizer2Filter(utr30) followed by ArabicNormalizationFilter, but
 * most tokens take the char-by-char table path and never reach ICU, which is what made folding the most
 * expensive step of indexing.
 */
public final class MatchNormalizationFilter extends TokenFilter {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

  public MatchNormalizationFilter(TokenStream input) {
    super(input);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    // In place is safe: the table path never writes ahead of the char it reads.
    int n = NORMALIZER.normalizeSimple(term, 0, term.length(), term.buffer(), 0);
    if (n >= 0) {
      term.setLength(n);
    } else {
      String normalized = NORMALIZER.normalize(term);
      term.setEmpty().append(normalized);
    }
    return true;
  }
}
