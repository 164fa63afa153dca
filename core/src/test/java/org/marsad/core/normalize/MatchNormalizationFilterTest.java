package org.marsad.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ar.ArabicNormalizationFilter;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;

/** The fast filter must give exactly the terms of the plain Lucene chain it replaces. */
class MatchNormalizationFilterTest {

  /** The reference: Lucene's own ICU folding then Arabic normalization, no shortcuts. */
  private static final Analyzer REFERENCE = new Analyzer() {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      Tokenizer source = new StandardTokenizer();
      return new TokenStreamComponents(source, new ArabicNormalizationFilter(new ICUFoldingFilter(source)));
    }
  };

  private static List<String> terms(Analyzer analyzer, String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  @Test
  void sameTermsAsTheLuceneChainOnEverySeed() throws IOException {
    try (MatchAnalyzer fast = new MatchAnalyzer()) {
      for (int n = 0; n < 5; n++) {
        String text = Seeds.text(n);
        assertEquals(terms(REFERENCE, text), terms(fast, text));
      }
    }
  }

  @Test
  void sameTermsOnTheHardCases() throws IOException {
    // Diacritics (ICU path), presentation forms and the lam-alef ligature, Arabic-Indic digits, tatweel,
    // Latin capitals and accents, alef maqsura and hamza seats.
    String text = "مُحَمَّدٌ ﻻ ﺍﻟﺴﻼﻡ ٢٠١٦ ۱۲ الـــقصف Élysée PARIS مستشفى الأمريكى إيرولت مؤتمر سُئل";
    try (MatchAnalyzer fast = new MatchAnalyzer()) {
      assertEquals(terms(REFERENCE, text), terms(fast, text));
    }
  }
}
