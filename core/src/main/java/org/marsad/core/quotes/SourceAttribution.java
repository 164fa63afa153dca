package org.marsad.core.quotes;

import java.util.Map;
import java.util.Set;

/**
 * A statement whose source trails it: «...، وفق المرصد السوري», «...، بحسب الدفاع المدني», «...، وفق ما
 * أفاد مصدر قريب من الفصائل». The sentence before the comma is what the source said.
 */
final class SourceAttribution {

  /** The trailing words, folded, and the lemma a quote records for them when no verb follows. */
  private static final Map<String, String> MARKERS = Map.of(
      "وفق", "وفق", "وفقا", "وفق", "بحسب", "بحسب", "حسب", "بحسب");

  /** «وفق ما كان أعلنه كيري»: words between ما and the verb. */
  private static final Set<String> AUXILIARIES = Set.of("كان", "كانت", "قد");

  /** Fewer words than this before the marker is no statement («وفق المرصد، ...» opening a sentence). */
  private static final int MIN_CLAIM_WORDS = 3;

  /**
   * The source trails the sentence: within this many words of its end. Seed 3's «بحسب الدفاع المدني في
   * الجزء الذي تسيطر عليه المعارضة في حلب حيث لا يزال يقيم نحو 200 الف شخص» takes 17.
   */
  private static final int MAX_SOURCE_WORDS = 20;

  /** The marker, where the source's name starts, and the verb in «وفق ما أفاد», if any. */
  record Found(int marker, int sourceStart, String lemma) {}

  private final Words w;

  SourceAttribution(Words w) {
    this.w = w;
  }

  /** The first trailing source marker in the sentence of tokens [from, to), or null. */
  Found find(int from, int to) {
    for (int k = Math.max(from + MIN_CLAIM_WORDS, to - 1 - MAX_SOURCE_WORDS); k < to - 1; k++) {
      String lemma = MARKERS.get(w.folded[k]);
      if (lemma == null || !w.gapHasAny(k, ",،")) continue;
      int j = k + 1;
      if (!w.folded[j].equals("ما")) return new Found(k, j, lemma);
      j++;
      while (j < to && AUXILIARIES.contains(w.folded[j])) j++;
      String verb = j < to ? verbWithObject(w.folded[j]) : null;
      return verb == null ? new Found(k, j, lemma) : new Found(k, j + 1, verb);
    }
    return null;
  }

  /** «أعلنه»: a speech verb with its object pronoun attached. */
  private static String verbWithObject(String folded) {
    String lemma = SpeechVerbs.verbLemma(folded);
    if (lemma != null || !folded.endsWith("ه")) return lemma;
    return SpeechVerbs.verbLemma(folded.substring(0, folded.length() - 1));
  }
}
