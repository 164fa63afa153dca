package org.marsad.core.language;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;

class LanguageGuesserTest {

  private final LanguageGuesser guesser = new LanguageGuesser();

  @Test
  void arabicSeeds() {
    for (int n = 0; n < 5; n++) assertEquals("ar", guesser.guess(Seeds.text(n)));
  }

  @Test
  void arabicWithSomeLatinIsStillArabic() {
    assertEquals("ar", guesser.guess("تحتوي على خلايا فئة بيتا beta التي تفرز هرمون الأنسولين"));
  }

  @Test
  void englishAndFrench() {
    assertEquals("en", guesser.guess("US Secretary of State John Kerry said on Saturday that the bombing of Aleppo"
        + " was a crime against humanity."));
    assertEquals("fr", guesser.guess("Le secrétaire d'État américain a déclaré samedi que les bombardements"
        + " sur Alep sont des crimes contre l'humanité."));
  }

  @Test
  void undeterminedWhenNothingToGoOn() {
    assertEquals("und", guesser.guess(""));
    assertEquals("und", guesser.guess("2016 - 11 - 30 !!"));
    assertEquals("und", guesser.guess("Иван Петров сказал")); // Cyrillic: neither Arabic nor Latin
  }
}
