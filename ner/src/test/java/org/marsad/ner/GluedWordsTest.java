package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GluedWordsTest {

  // Frequency ranks in the shape of the shipped word list (0 = most common; unlisted words are rarer).
  private final Map<String, Integer> ranks = Map.of(
      "الولايات", 78, "والولايات", 2016, "المتحده", 95, "ابو", 400, "كلو", 30000, "بوشار", 60000,
      "الامم", 370);
  private final GluedWords glued = new GluedWords(new MapRanks(ranks));

  @Test
  void splitsTwoCommonWordsGluedByAMissingSpace() {
    // Seed 002 writes «الولاياتالمتحدة» and «والولاياتالمتحدة»: the split falls before المتحدة.
    assertEquals("الولايات".length(), glued.splitPoint("الولاياتالمتحدة"));
    assertEquals("والولايات".length(), glued.splitPoint("والولاياتالمتحدة"));
  }

  @Test
  void leavesListedWordsAndRareNamesWhole() {
    assertEquals(-1, glued.splitPoint("الولايات"), "a listed word is a word");
    // «كلوبوشار» (Klobuchar) is unlisted, but «كلو» and «بوشار» are not common words: no split.
    assertEquals(-1, glued.splitPoint("كلوبوشار"));
  }
}
