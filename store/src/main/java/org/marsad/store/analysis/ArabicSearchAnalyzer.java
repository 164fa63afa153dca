package org.marsad.store.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.marsad.core.normalize.MatchNormalizationFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The analyzer used for both indexing and querying the store: StandardTokenizer, the core's matching
 * normalization (ICU folding: case, diacritics, presentation forms, Arabic-Indic digits; then Arabic
 * normalization: hamza forms, alef maqsura, teh marbuta, tatweel), Arabic stop words, Arabic light stemming.
 *
 * <p>Thread-safe: Lucene analyzers keep per-thread token stream components.
 */
public final class ArabicSearchAnalyzer extends Analyzer {

  /**
   * Lucene's Arabic stop words, passed through the same folding as the tokens. Lucene's own
   * ArabicAnalyzer filters stop words before normalization; we filter after it, so «أن» must be
   * listed as «ان» to still be removed.
   */
  private static final CharArraySet STOP_WORDS = foldedStopWords();

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream stream = fold(source);
    stream = new StopFilter(stream, STOP_WORDS);
    stream = new ArabicStemFilter(stream);
    return new TokenStreamComponents(source, stream);
  }

  /** Used by query parsers for terms they do not analyze fully (none with our syntax, kept consistent). */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return fold(in);
  }

  /**
   * The folding steps shared by the token chain and the stop-word set: the matching normalization of the
   * core (ICU utr30 folding, which also lower-cases and maps every decimal digit to ASCII, then Arabic
   * normalization), so search and the rest of Marsad agree on what counts as the same word.
   */
  private static TokenStream fold(TokenStream in) {
    return new MatchNormalizationFilter(in);
  }

  public static CharArraySet stopWords() {
    return CharArraySet.unmodifiableSet(STOP_WORDS);
  }

  private static CharArraySet foldedStopWords() {
    CharArraySet folded = new CharArraySet(256, false);
    try (Analyzer folding =
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            return new TokenStreamComponents(source, fold(source));
          }
        }) {
      for (Object word : ArabicAnalyzer.getDefaultStopSet()) {
        String text = new String((char[]) word);
        try (TokenStream ts = folding.tokenStream("", text)) {
          CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
          ts.reset();
          while (ts.incrementToken()) {
            folded.add(term.toString());
          }
          ts.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot fold the Arabic stop words", e);
    }
    return folded;
  }
}
