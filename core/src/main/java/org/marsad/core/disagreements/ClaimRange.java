package org.marsad.core.disagreements;

/**
 * The values a claim allows: «270 ألف» exactly 270,000; «أكثر من 50» 50 and up; «نحو 100» 80 to 120;
 * «عشرات» (approx without qualifier) from its lower bound to ten times it; «أقل من 50» up to 50.
 */
record ClaimRange(long low, long high) {

  /** Relative slack for «نحو / حوالي / قرابة». */
  static final double ABOUT = 0.2;

  static ClaimRange of(Claim c) {
    long v = c.value();
    if (c.qualifier() != null) {
      switch (c.qualifier()) {
        case "more_than", "at_least":
          return new ClaimRange(v, Long.MAX_VALUE);
        case "less_than":
          return new ClaimRange(0, c.upper() != null ? c.upper() : v);
        case "about":
          return new ClaimRange(Math.round(v * (1 - ABOUT)), Math.round(v * (1 + ABOUT)));
        default:
          break;
      }
    }
    if (c.upper() != null) return new ClaimRange(v, c.upper());
    if (c.approx()) return new ClaimRange(v, v >= Long.MAX_VALUE / 10 ? Long.MAX_VALUE : v * 10);
    return new ClaimRange(v, v);
  }
}
