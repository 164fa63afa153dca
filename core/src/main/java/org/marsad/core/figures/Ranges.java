package org.marsad.core.figures;

import java.util.List;

/** «بين 20 و30 قتيلا», «ما بين عشرين وثلاثين»: a second number after «بين ... و» is the upper bound. */
final class Ranges {
  private Ranges() {}

  private static final java.util.Set<String> OPENERS = java.util.Set.of("بين", "مابين", "وبين");

  /** The upper end of a range whose lower end is {@code low}, or null when {@code low} opens none. */
  static NumberReading upperEnd(List<Word> words, NumberReading low) {
    if (low.first() == 0 || !OPENERS.contains(words.get(low.first() - 1).folded())) return null;
    int k = low.end();
    if (k >= words.size()) return null;
    Word and = words.get(k);
    if (and.folded().equals("و")) k++; // «و30» is scanned as «و» and «30»
    else if (!and.isLetters() || !and.folded().startsWith("و")) return null; // «وثلاثين» is read whole
    if (k >= words.size()) return null;
    NumberReading high = NumberWords.read(words, k);
    return high != null && high.value() > low.value() ? high : null;
  }

  /** The «بين» that opens a range, as its qualifier. */
  static Qualifier opener(List<Word> words, NumberReading range) {
    Word w = words.get(range.first() - 1);
    int glued = w.folded().equals("وبين") ? 1 : 0; // the conjunction stays outside the phrase
    return new Qualifier(Qualifier.BETWEEN, range.first() - 1, w.start() + glued);
  }

  /** One reading from the lower end's start to the upper end's end. */
  static NumberReading span(NumberReading low, NumberReading high) {
    return new NumberReading(low.value(), low.first(), high.end(), low.startChar(), low.vague() || high.vague(),
        high.percent(), false);
  }
}
