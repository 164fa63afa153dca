package org.marsad.core.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.tokens.Tokenizer;

class NormalizedTextTest {

  private final MatchNormalizer normalizer = new MatchNormalizer();

  @Test
  void joinsNormalizedTokensAndMapsBack() {
    String text = "قال «الأمريكى» في ٢٠١٦، إنّ";
    NormalizedText nt = new NormalizedText(new Tokenizer().tokenize(text, 0, text.length()), text, normalizer);
    assertEquals("قال الامريكي في 2016 ان", nt.normalized());
    assertEquals(5, nt.tokenCount());
    assertEquals("2016", nt.token(3));
    assertEquals("٢٠١٦", nt.tokenSpan(3).textOf(text));
    int at = nt.normalized().indexOf("الامريكي في 2016");
    Span original = nt.toOriginal(at, at + "الامريكي في 2016".length());
    assertEquals("الأمريكى» في ٢٠١٦", original.textOf(text));
    // A range starting or ending inside a token widens to the whole token.
    assertEquals("الأمريكى", nt.toOriginal(at + 2, at + 4).textOf(text));
    // A range starting on a space begins with the next token.
    assertEquals("في", nt.toOriginal(at + "الامريكي".length(), at + "الامريكي في".length()).textOf(text));
    assertThrows(IllegalArgumentException.class, () -> nt.toOriginal(at + 8, at + 9));
  }

  @Test
  void everyTokenOfASeedMapsBackToItsOriginalText() {
    Article a = Seeds.analyzed(0);
    NormalizedText nt = NormalizedText.of(a, normalizer);
    String norm = nt.normalized();
    int pos = 0; // tokens are joined by single spaces, so token i starts where this sum says
    for (int i = 0; i < nt.tokenCount(); i++) {
      assertEquals(nt.token(i), norm.substring(pos, pos + nt.token(i).length()));
      assertEquals(normalizer.normalize(nt.tokenSpan(i).textOf(a.text())), nt.token(i));
      assertEquals(nt.tokenSpan(i), nt.toOriginal(pos, pos + nt.token(i).length()));
      pos += nt.token(i).length() + 1;
    }
    assertEquals(norm.length() + 1, pos);
    int hit = norm.indexOf("وزير الخارجيه الامريكي جون كيري");
    assertEquals("وزير الخارجية الأمريكي، جون\nكيري", nt.toOriginal(hit, hit + 31).textOf(a.text()));
  }
}
