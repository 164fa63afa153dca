package org.marsad.ner;

import org.marsad.core.normalize.MatchNormalizer;

/**
 * Moves a mention's start past attached proclitics: the conjunctions و ف and the prepositions ب ل ك, as in
 * وكيري, لروسيا, بباريس, والولايات المتحدة. The article ال stays, since the tagger learned where it belongs to
 * a name (العراق, الأمم المتحدة). Whether a leading letter is a clitic or the name's own (باريس, لبنان,
 * واشنطن, فرنسا) is decided from corpus counts: a clitic form is rarer than the bare word it carries
 * (بريطانيا ≫ وبريطانيا), while stripping a name's own letter leaves a rare or unknown string (اريس).
 *
 * <p>لل is ل + ال with the alef dropped (للأمم): only the first ل is a clitic, so the span starts at the
 * second, the fused article, and entity resolution reads it as ال.
 */
public final class CliticTrimmer {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private final WordCounts counts;

  public CliticTrimmer(WordCounts counts) {
    this.counts = counts;
  }

  /** How many leading chars of {@code token} are clitics to leave outside the mention. */
  public int cliticLength(String token) {
    int conj = token.length() > 3 && isConjunction(token.charAt(0)) ? 1 : 0;
    if (token.length() > conj + 2 && isPreposition(token.charAt(conj))) {
      String rest = token.substring(conj + 1);
      boolean fusedArticle = token.charAt(conj) == 'ل' && rest.charAt(0) == 'ل';
      if (fusedArticle || isBareWord(token, rest)) return conj + 1;
    }
    if (conj == 1 && isBareWord(token, token.substring(1))) return 1;
    return 0;
  }

  private boolean isBareWord(String token, String rest) {
    long whole = counts.count(NORMALIZER.normalize(token));
    long bare = counts.count(NORMALIZER.normalize(rest));
    return bare > 0 && bare >= whole;
  }

  private static boolean isConjunction(char c) {
    return c == 'و' || c == 'ف';
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }
}
