package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CliticTrimmerTest {

  // Frequency ranks measured in the shipped word list (SaudiNewsNet + ANT, 100,000 words; 0 = most common).
  private final Map<String, Integer> ranks = Map.ofEntries(
      Map.entry("روسيا", 127), Map.entry("وروسيا", 2232), Map.entry("لروسيا", 5343),
      Map.entry("باريس", 625), Map.entry("بباريس", 15968), Map.entry("الولايات", 78), Map.entry("والولايات", 2016),
      Map.entry("حلب", 3883), Map.entry("وحلب", 21222), Map.entry("كيري", 2517), Map.entry("يري", 1549),
      Map.entry("بستان", 76843), Map.entry("ستان", 50274), Map.entry("لبنان", 873), Map.entry("بنان", 76941),
      Map.entry("ريتا", 40372), Map.entry("واشنطن", 319), Map.entry("فرنسا", 375));
  private final CliticTrimmer trimmer = new CliticTrimmer(new MapRanks(ranks));

  @Test
  void leavesConjunctionsAndPrepositionsOutside() {
    assertEquals(1, trimmer.cliticLength("وروسيا"), "روسيا is 18 times as common");
    assertEquals(1, trimmer.cliticLength("لروسيا"));
    assertEquals(1, trimmer.cliticLength("بباريس"));
    assertEquals(1, trimmer.cliticLength("وحلب"), "5.5 times as common");
    assertEquals(1, trimmer.cliticLength("والولايات"), "the article stays: الولايات المتحدة");
    assertEquals(1, trimmer.cliticLength("ولبنان"), "an unlisted clitic form; و is a clitic, the ل is Lebanon's own");
  }

  @Test
  void keepsANamesOwnFirstLetter() {
    assertEquals(0, trimmer.cliticLength("باريس"), "اريس is not a word");
    assertEquals(0, trimmer.cliticLength("لبنان"), "بنان is far rarer than لبنان");
    assertEquals(0, trimmer.cliticLength("واشنطن"));
    assertEquals(0, trimmer.cliticLength("فرنسا"));
    // The rest is a word, but not a much more common one: كيري / يرى «sees», بستان / ستان, بريتا / ريتا.
    assertEquals(0, trimmer.cliticLength("كيري"));
    assertEquals(0, trimmer.cliticLength("بستان"));
    assertEquals(0, trimmer.cliticLength("بريتا"));
  }

  @Test
  void splitsTheFusedArticleOfLil() {
    // للأمم = ل + الأمم with the alef dropped: only the first ل is outside the mention.
    assertEquals(1, trimmer.cliticLength("للأمم"));
    assertEquals(2, trimmer.cliticLength("وللأمم"));
  }
}
