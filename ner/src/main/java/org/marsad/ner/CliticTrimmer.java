package org.marsad.ner;

import org.marsad.core.normalize.MatchNormalizer;

/**
 * Moves a mention's start past attached proclitics: the conjunctions و ف and the prepositions ب ل ك, as in
 * وكيري, لروسيا, بباريس, والولايات المتحدة. The article ال stays, since the tagger learned where it belongs to
 * a name (العراق, الأمم المتحدة). Whether a leading letter is a clitic or the name's own (باريس, لبنان,
 * واشنطن, فرنسا) is decided from corpus frequencies: a clitic form is much rarer than the bare word it carries
 * (روسيا is 18 times as common as وروسيا), while stripping a name's own letter leaves a rare or unknown
 * string (اريس), or a word about as common as the name (كيري and يرى «sees»; بستان and ستان). Hence the
 * bare word must be at least {@link #RATIO} times as common.
 *
 * <p>لل is ل + ال with the alef dropped (للأمم): only the first ل is a clitic, so the span starts at the
 * second, the fused article, and entity resolution reads it as ال.
 */
public final class CliticTrimmer {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  /** How many times as common the bare word must be; measured ratios: clitic forms 5 to 40, names 1.5. */
  static final double RATIO = 3;

  private final WordRanks ranks;

  public CliticTrimmer(WordRanks ranks) {
    this.ranks = ranks;
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
    int bare = ranks.rank(NORMALIZER.normalize(rest));
    if (bare < 0) return false;
    int whole = ranks.rank(NORMALIZER.normalize(token));
    if (whole < 0) whole = ranks.size();
    return whole >= RATIO * (bare + 1);
  }

  private static boolean isConjunction(char c) {
    return c == 'و' || c == 'ف';
  }

  private static boolean isPreposition(char c) {
    return c == 'ب' || c == 'ل' || c == 'ك';
  }
}
