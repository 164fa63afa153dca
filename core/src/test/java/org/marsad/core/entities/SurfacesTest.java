package org.marsad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SurfacesTest {

  @Test
  void whitespaceRunsBecomeOneSpace() {
    // Seed 000 breaks Kerry's name over a line: «جون⏎كيري».
    assertEquals("جون كيري", Surfaces.collapse("جون\nكيري"));
    // A no-break space and a tab are spaces too; ends are trimmed.
    assertEquals("جون كيري", Surfaces.collapse(" جون\u00A0\tكيري "));
  }

  @Test
  void aSingleSpacedSurfaceIsKeptAsIs() {
    String s = "رياض حجاب";
    assertSame(s, Surfaces.collapse(s));
  }
}
