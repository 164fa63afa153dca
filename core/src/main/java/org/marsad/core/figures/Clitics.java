package org.marsad.core.figures;

/** Strips the proclitics («و», «ف», «ب», «ل», «ال» and their combinations) a lexicon word may carry. */
final class Clitics {
  private Clitics() {}

  // longest first, so that «وال» is tried before «و»
  private static final String[] PREFIXES = {"وبال", "وال", "فال", "بال", "لل", "ال", "ول", "وب", "و", "ف", "ب", "ل"};

  /** The folded word, then each form with one prefix removed that leaves at least two letters. */
  static String[] forms(String folded) {
    String[] out = new String[PREFIXES.length + 1];
    out[0] = folded;
    int n = 1;
    for (String p : PREFIXES) {
      if (folded.startsWith(p) && folded.length() - p.length() >= 2) out[n++] = folded.substring(p.length());
    }
    return java.util.Arrays.copyOf(out, n);
  }
}
