package org.marsad.core.quotes;

/**
 * Finds the إن / أن / ":" that opens reported speech after a speech verb, within a sentence.
 */
final class CueFinder {

  /** The cue must come within this many words of the verb; further on, an أن belongs to another clause. */
  private static final int MAX_DISTANCE = 25;

  private final Words w;
  private final QuoteIndex quotes;

  CueFinder(Words w, QuoteIndex quotes) {
    this.w = w;
    this.quotes = quotes;
  }

  /**
   * The cue after the speech verb {@code lemma} in token {@code verb}, before token {@code sentenceEnd};
   * null when none.
   */
  Cue find(int verb, String lemma, int sentenceEnd) {
    String preposition = Complementizers.prepositionOf(lemma);
    boolean inRelative = false;
    boolean commaSeen = false;
    int last = Math.min(sentenceEnd, verb + 1 + MAX_DISTANCE);
    for (int k = verb + 1; k < last; k++) {
      if (w.gapHas(k, ':')) {
        int colon = w.text.lastIndexOf(':', w.start(k));
        // «: إن رسالتهم ...» starts after the particle; «: "إن ...» is quoted whole.
        boolean particle = Complementizers.is(w.folded[k]) && !w.gapHasAny(k, "\"«“");
        return particle ? new Cue(k, w.end(k), k + 1) : new Cue(k, colon + 1, k);
      }
      // A statement in quote marks with no cue before it is left to the bare-quote pass.
      if (quotes.statementOpensIn(w.end(k - 1), w.start(k))) return null;
      // «شدد ... على ضرورة ...، مؤكدا أن»: the أن belongs to the verb after the comma.
      if (w.opensClause(k)) return null;
      if (inRelative && w.gapHasAny(k, ",،")) inRelative = false;
      if (SpeakerWords.isRelative(w.folded[k])) inRelative = true;
      if (w.folded[k].equals(preposition)) return new Cue(k, w.end(k), k + 1);
      // «وأفاد شهود عيان غرب حلب، بتحليق كثيف ...»: what was reported starts inside the word, after بـ.
      // Only at the first comma: later, «...، بينها أحياء» is part of the clause.
      boolean comma = w.gapHasAny(k, ",،");
      if (comma && !commaSeen && lemma.equals("أفاد") && isReportedNoun(k)) {
        return new Cue(k, w.start(k) + 1, k);
      }
      commaSeen |= comma;
      // «بان كي مون» folds like «بأن»: a person's name is no particle.
      if (!Complementizers.is(w.folded[k]) || "PER".equals(w.entityType(k))) continue;
      // Inside «الذي من المقرر أن يغادر» an أن before a verb is the relative clause's, not the cue.
      if (inRelative && k + 1 < sentenceEnd && startsImperfect(w.folded[k + 1])) continue;
      int subjectEnd = k > verb + 1 && Complementizers.isLeadIn(w.folded[k - 1]) ? k - 1 : k;
      return new Cue(subjectEnd, w.end(k), k + 1);
    }
    return null;
  }

  /** A word with ب attached: after a comma, the thing reported, not part of the subject. */
  private boolean isReportedNoun(int k) {
    return w.folded[k].length() > 3 && w.text.charAt(w.start(k)) == 'ب';
  }

  private static boolean startsImperfect(String folded) {
    char c = folded.isEmpty() ? 0 : folded.charAt(0);
    return c == 'ي' || c == 'ت' || c == 'ن';
  }
}
