package org.marsad.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CliticTrimmerTest {

  // Counts in the shape of the news corpora: bare names are far more common than their clitic forms,
  // and a name's own first letter stripped leaves nothing common (اريس, بنان, اشنطن are not words).
  private final Map<String, Long> counts = Map.ofEntries(
      Map.entry("كيري", 900L), Map.entry("وكيري", 40L), Map.entry("روسيا", 3000L), Map.entry("لروسيا", 200L),
      Map.entry("باريس", 1500L), Map.entry("بباريس", 90L), Map.entry("لبنان", 2500L), Map.entry("ولبنان", 100L),
      Map.entry("واشنطن", 1800L), Map.entry("فرنسا", 2000L), Map.entry("الولايات", 2600L),
      Map.entry("والولايات", 300L));
  private final CliticTrimmer trimmer = new CliticTrimmer(w -> counts.getOrDefault(w, 0L));

  @Test
  void leavesConjunctionsAndPrepositionsOutside() {
    assertEquals(1, trimmer.cliticLength("وكيري"));
    assertEquals(1, trimmer.cliticLength("لروسيا"));
    assertEquals(1, trimmer.cliticLength("بباريس"));
    assertEquals(1, trimmer.cliticLength("والولايات"), "the article stays: الولايات المتحدة");
    assertEquals(1, trimmer.cliticLength("ولبنان"), "و is a clitic, the ل is Lebanon's own");
  }

  @Test
  void keepsANamesOwnFirstLetter() {
    assertEquals(0, trimmer.cliticLength("باريس"));
    assertEquals(0, trimmer.cliticLength("لبنان"));
    assertEquals(0, trimmer.cliticLength("واشنطن"));
    assertEquals(0, trimmer.cliticLength("فرنسا"));
  }

  @Test
  void splitsTheFusedArticleOfLil() {
    // للأمم = ل + الأمم with the alef dropped: only the first ل is outside the mention.
    assertEquals(1, trimmer.cliticLength("للأمم"));
    assertEquals(2, trimmer.cliticLength("وللأمم"));
  }
}
