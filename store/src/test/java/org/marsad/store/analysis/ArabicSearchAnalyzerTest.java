package org.marsad.store.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class ArabicSearchAnalyzerTest {

  private final Analyzer analyzer = new ArabicSearchAnalyzer();

  private List<String> terms(String text) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(term.toString());
      ts.end();
    }
    return out;
  }

  @Test
  void hamzaFormsAndDefiniteArticleFoldTogether() throws IOException {
    // أ -> ا (normalization), then ال and the nisba ي are light-stemmed away: both give «امريك».
    assertEquals(List.of("امريك"), terms("الأمريكي"));
    assertEquals(terms("الأمريكي"), terms("الامريكي"));
    // «الأميركي» (the other spelling, ي before ر) stems to «اميرك», a different term.
    assertEquals(List.of("اميرك"), terms("الأميركي"));
  }

  @Test
  void diacriticsAndTatweelAreIgnored() throws IOException {
    // Fatha/sukun and tatweel carry no lexical meaning for search.
    assertEquals(terms("القصف"), terms("القَصْف"));
    assertEquals(terms("حلب"), terms("حلـــب"));
  }

  @Test
  void arabicIndicDigitsBecomeAscii() throws IOException {
    assertEquals(List.of("2016"), terms("٢٠١٦"));
  }

  @Test
  void stopWordsWithHamzaAreRemovedAfterNormalization() throws IOException {
    // «إلى» and «أن» are Lucene Arabic stop words written with hamza; our chain normalizes first, so
    // they only disappear because the stop set was folded the same way.
    assertEquals(List.of("حلب"), terms("إلى أن حلب"));
  }

  @Test
  void latinTextIsLowerCasedAndFolded() throws IOException {
    assertEquals(List.of("kerry", "cafe"), terms("KERRY Café"));
  }
}
