package org.marsad.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class MatchNormalizerTest {

  private final MatchNormalizer n = new MatchNormalizer();

  @Test
  void alefHamzaAndAlefMaqsuraVariantsMeetInOneForm() {
    // «الأمريكي» (hamza on alef), «الامريكي» (bare alef), «الأمريكى» (final alef maqsura) are one word.
    assertEquals("الامريكي", n.normalize("الأمريكي"));
    assertEquals("الامريكي", n.normalize("الامريكي"));
    assertEquals("الامريكي", n.normalize("الأمريكى"));
    assertEquals(n.normalize("إيرولت"), n.normalize("ايرولت"));
    assertEquals(n.normalize("آذار"), n.normalize("اذار"));
  }

  @Test
  void taMarbutaTatweelAndDiacriticsFold() {
    assertEquals("المعارضه", n.normalize("المعارضة"));
    assertEquals("حلب", n.normalize("حـــلب"));
    assertEquals("موثقه", n.normalize("موثّقة")); // shadda dropped
    assertEquals("اجتماعا", n.normalize("اجتماعاً")); // tanween dropped
  }

  @Test
  void arabicIndicDigitsBecomeAscii() {
    assertEquals("2016", n.normalize("٢٠١٦"));
    assertEquals("2016", n.normalize("۲۰۱۶")); // Persian (extended Arabic-Indic) digits too
  }

  @Test
  void presentationFormsFoldToPlainLetters() {
    // ﺣﻠﺐ is «حلب» written with presentation forms (initial ha U+FEA3, medial lam U+FEE0, final ba U+FE90).
    assertEquals("حلب", n.normalize("\uFEA3\uFEE0\uFE90"));
    // The lam-alef ligature U+FEFB decomposes to lam + alef.
    assertEquals("لا", n.normalize("\uFEFB"));
  }

  @Test
  void latinCaseAndAccentsFold() {
    assertEquals("ayrault", n.normalize("AYRAULT"));
    assertEquals("etats", n.normalize("États"));
  }

  @Test
  void matchAnalyzerGivesTheSameTerms() throws IOException {
    String text = "قال وزير الخارجية الأمريكى، جون كيري، في ٢٠١٦: «\uFEA3\uFEE0\uFE90» AYRAULT";
    List<String> terms = new ArrayList<>();
    try (MatchAnalyzer analyzer = new MatchAnalyzer(); TokenStream ts = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) terms.add(term.toString());
      ts.end();
    }
    assertEquals(List.of("قال", "وزير", "الخارجيه", "الامريكي", "جون", "كيري", "في", "2016", "حلب", "ayrault"), terms);
  }
}
