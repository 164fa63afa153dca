package org.marsad.ner.features;

/**
 * Where the base of a normalized Arabic token starts once its proclitics are set aside: a conjunction (و ف),
 * then a preposition (ب ل ك), then the article ال, as in وبالعراق, للأمم, فالقاهرة. Only a lexical guess:
 * it strips whatever looks like a proclitic while at least {@link #MIN_BASE} letters remain, so it is used
 * for features (the tagger learns when it is right) and never alone to cut a span.
 */
public final class Proclitics {

  static final int MIN_BASE = 2;

  private Proclitics() {}

  /** The offset in {@code t} after conjunction and preposition, keeping ال: وبالعراق → 2 (العراق). */
  public static int afterParticles(String t) {
    int i = 0;
    if (t.length() - i > MIN_BASE + 1 && isConjunction(t.charAt(i))) i++;
    if (t.length() - i > MIN_BASE + 1 && isPreposition(t.charAt(i))) {
      // لل is ل + ال with the alef dropped: keep the second ل as the base's article.
      i++;
    }
    return i;
  }

  /** The offset in {@code t} after all proclitics, article included: وبالعراق → 4 (عراق). */
  public static int afterArticle(String t) {
    int i = afterParticles(t);
    if (t.startsWith("ال", i) && t.length() - i > MIN_BASE + 1) return i + 2;
    if (i > 0 && t.charAt(i - 1) == 'ل' && t.startsWith("ل", i) && t.length() - i > MIN_BASE) {
      return i + 1; // لل: the article without its alef
    }
    return i;
  }

  static boolean isConjunction(char c) {
    return c == 'و' || c == 'ف';
  }

  static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }
}
