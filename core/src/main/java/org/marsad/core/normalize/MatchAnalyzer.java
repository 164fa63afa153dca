package org.marsad.core.normalize;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The Lucene chain that gives index-time terms equal to {@link MatchNormalizer}'s output:
 * StandardTokenizer, then ICU utr30 folding, then Arabic normalization. Thread-safe, as every Analyzer.
 */
public final class MatchAnalyzer extends Analyzer {

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    return new TokenStreamComponents(source, new MatchNormalizationFilter(source));
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    // Query-time normalization of single terms (wildcards, prefixes) must fold the same way.
    return new MatchNormalizationFilter(in);
  }
}
