package org.marsad.core.normalize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Lucene chain that gives index-time terms equal to {@link MatchNormalizer}'s output:
 * StandardTokenizer, then ICU utr30 folding, then Arabic normalization. Thread-safe, as every Analyzer.
 */
public final class MatchAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    TokenStream folded = new ICUNormalizer2Filter(source, MatchNormalizer.FOLDING);
    return new TokenStreamComponents(source, new ArabicNormalizationFilter(folded));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Query-time normalization of single terms (wildcards, prefixes) must fold the same way.
    return new ArabicNormalizationFilter(new ICUNormalizer2Filter(in, MatchNormalizer.FOLDING));
  }
}
