package org.marsad.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Test helpers: pick a figure by its text and check its reading. */
final class Figures {
  private Figures() {}

  /** The one figure whose text is {@code text}, or the n-th (0-based) when the text occurs more than once. */
  static Figure find(List<Figure> figures, String text, int n) {
    int seen = 0;
    for (Figure f : figures) {
      if (f.text().equals(text) && seen++ == n) return f;
    }
    return fail("no figure «" + text + "» #" + n + " in " + texts(figures));
  }

  static Figure find(List<Figure> figures, String text) {
    return find(figures, text, 0);
  }

  static List<String> texts(List<Figure> figures) {
    return figures.stream().map(Figure::text).toList();
  }

  static void reads(Figure f, long value, boolean approx, String qualifier, String kind, String group) {
    assertEquals(value, f.value(), f.text() + " value");
    assertEquals(approx, f.approx(), f.text() + " approx");
    assertEquals(qualifier, f.qualifier(), f.text() + " qualifier");
    assertEquals(kind, f.kind(), f.text() + " kind");
    assertEquals(group, f.group(), f.text() + " group");
  }
}
