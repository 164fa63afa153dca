package org.marsad.core.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the subject of a speech verb. Arabic news puts it after the verb («قال وزير الخارجية ... جون
 * كيري»), sometimes before it («وزير الخارجية القطري ... شدد»); neither found means the verb continues the
 * last speaker («وأضاف أن ...»), which the caller decides.
 */
final class SpeakerFinder {

  /** A described speaker longer than this has run into the sentence («رئيس الائتلاف الوطني السوري»). */
  private static final int MAX_DESCRIPTION_WORDS = 7;

  /** Title words that may stand before a name the lists do not know as a role («الجنرال», «الشيخ»). */
  private static final int MAX_TITLE_WORDS = 2;

  private final Words w;
  private final RoleBook roles;
  /** The sentence {@link #first} was found for, and the token of its first subject-like entity (-1: none). */
  private int firstFrom = -1;
  private int first = -1;

  SpeakerFinder(Words w, RoleBook roles) {
    this.w = w;
    this.roles = roles;
  }

  /**
   * The subject in tokens [from, to) after the verb; null when the verb has none there (a preposition, a
   * pronoun, a participle or the cue comes first), which lets the caller carry the last speaker on. A
   * place is a subject only after a feminine verb: «دعت فرنسا», not «ودعا روسيا». A subject the rules
   * cannot name («وقال إدوار إنه», a name the tagger missed) is {@link Speaker#UNKNOWN}, not the last
   * speaker: carrying would be a guess.
   */
  Speaker after(int from, int to, boolean feminineVerb) {
    int j = from;
    while (j < to && SpeakerWords.isTime(w.folded[j])) j++;
    if (j >= to) return null;
    boolean place = feminineVerb && "LOC".equals(w.entityType(j));
    if ((isPersonOrOrg(j) || place) && w.unprepositioned(j, from)) return named(j);
    if (SpeakerWords.isAnonymous(w.folded[j])) return Speaker.UNKNOWN;
    if (SpeakerWords.isRoleHead(w.folded[j])) {
      for (int k = j + 1; k < to && !isVerb(k); k++) {
        if ("PER".equals(w.entityType(k)) && w.unprepositioned(k, from)) return named(k);
      }
      return described(j, to);
    }
    if (w.entityType(j) != null || !couldBeSubject(j)) return null;
    // A title the lists lack before a name: «قال الجنرال جوزيف فوتيل».
    for (int k = j + 1; k < Math.min(to, j + 1 + MAX_TITLE_WORDS) && couldBeSubject(k); k++) {
      if ("PER".equals(w.entityType(k))) return named(k);
    }
    return Speaker.UNKNOWN;
  }

  /** A word that may open a subject: no stop word, speech verb or participle («قائلا»), cue or marks. */
  private boolean couldBeSubject(int k) {
    String f = w.folded[k];
    return !SpeakerWords.isStop(f) && !isVerb(k) && SpeechVerbs.participleLemma(f) == null
        && !Complementizers.is(f) && !w.gapHasAny(k, ":\"«“(")
        && !f.isEmpty() && Character.isLetter(f.charAt(0));
  }

  /**
   * The subject before the verb: the sentence's first entity, where no preposition or other stop word
   * comes before it («وعقد كيري محادثات ...، وقال لهم», «وكانت روسيا ... أعلنت»). A country counts here,
   * though not after the verb, where it is whom was addressed. «وفي حديثه لقناة الجزيرة، قال» has none:
   * the channel is whom he spoke to. Null when there is none before {@code verb}; the sentence is tokens
   * [sentenceStart, sentenceEnd).
   */
  Speaker before(int sentenceStart, int sentenceEnd, int verb) {
    if (sentenceStart != firstFrom) {
      // Once per sentence, so a sentence full of verbs is still read once.
      firstFrom = sentenceStart;
      first = -1;
      for (int k = sentenceStart; k < sentenceEnd && !SpeakerWords.isStop(w.folded[k]); k++) {
        String type = w.entityType(k);
        if (type != null && !"MISC".equals(type) && w.unprepositioned(k, sentenceStart)) {
          first = k;
          break;
        }
      }
    }
    return first >= 0 && first < verb ? named(first) : null;
  }

  private boolean isPersonOrOrg(int k) {
    String type = w.entityType(k);
    return "PER".equals(type) || "ORG".equals(type);
  }

  private boolean isVerb(int k) {
    return SpeechVerbs.verbLemma(w.folded[k]) != null;
  }

  private Speaker named(int k) {
    return Speaker.at(w.text, w.entity[k].start(), w.entity[k].end());
  }

  /** A role phrase with no name in it, resolved to the person the text last named with that role. */
  private Speaker described(int head, int to) {
    List<String> words = new ArrayList<>();
    words.add(w.folded[head]);
    int k = head + 1;
    while (k < to && k - head < MAX_DESCRIPTION_WORDS && !w.punctuatedBefore(k)
        && !SpeakerWords.isStop(w.folded[k]) && !SpeakerWords.isTime(w.folded[k]) && !isVerb(k)
        && !Complementizers.is(w.folded[k])) {
      words.add(w.folded[k]);
      k++;
    }
    Speaker person = roles.resolve(words, w.start(head));
    return person != null ? person : Speaker.describedAt(w.text, w.start(head), w.end(k - 1));
  }
}
