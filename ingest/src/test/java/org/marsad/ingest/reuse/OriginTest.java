package org.marsad.ingest.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Which of two articles sharing a passage is taken for its source, and how sure that is. */
class OriginTest {

  private static Origin.Side side(String id, String outlet, String published, int order) {
    return new Origin.Side(id, outlet, published, order);
  }

  @Test
  void anEarlierDayWinsBetweenPapers() {
    Origin.Side okaz = side("a", "okaz", "2015-07-21", 5);
    Origin.Side alriyadh = side("b", "alriyadh", "2015-07-22", 1);
    Origin.Decision d = Origin.of(alriyadh, okaz);
    assertEquals("a", d.source().article());
    assertEquals(Origin.Basis.EARLIER, d.basis());
  }

  @Test
  void theWireWinsWithinADayOrWithoutDates() {
    // SaudiNewsNet dates by extraction: SPA's own copy, crawled a day after a paper's reprint, is still the
    // source; so is an undated agency copy.
    Origin.Side spa = side("w", "was", "2015-07-22", 9);
    Origin.Side paper = side("p", "alyaum", "2015-07-21", 1);
    assertEquals("w", Origin.of(paper, spa).source().article());
    assertEquals(Origin.Basis.WIRE, Origin.of(spa, paper).basis());
    assertEquals("w", Origin.of(side("p", "okaz", null, 0), side("w", "www.spa.gov.sa", null, 3)).source().article());
    // A week later the agency is rerunning the paper's story, not the other way round.
    assertEquals("p", Origin.of(side("w", "reuters", "2015-07-28", 0), paper).source().article());
  }

  @Test
  void otherwiseTheArticleStoredFirstAWeakGuess() {
    Origin.Decision d = Origin.of(side("late", "sabq", "2015-07-21", 7), side("early", "okaz", "2015-07-21", 2));
    assertEquals("early", d.source().article());
    assertEquals(Origin.Basis.STORED_FIRST, d.basis());
    assertEquals("stored_first", d.basis().label());
    assertTrue(Origin.isWire("AFP") && Origin.isWire("www.reuters.com") && !Origin.isWire("wasat"));
  }
}
