package org.marsad.core.quotes;

import java.util.List;
import org.marsad.core.model.Span;

/**
 * An article's tokens with their folded forms and the PER / ORG / LOC entity each one starts, so the rules
 * look words up by index instead of re-reading the text.
 */
final class Words {

  final String text;
  final Span[] tokens;
  final String[] folded;
  /** The entity that starts in token i (its span may leave a proclitic out), else null. */
  final Span[] entity;

  Words(String text, List<Span> tokenSpans, List<Span> entities) {
    this.text = text;
    this.tokens = tokenSpans.toArray(new Span[0]);
    this.folded = new String[tokens.length];
    this.entity = new Span[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      folded[i] = ArabicWords.fold(text, tokens[i].start(), tokens[i].end());
    }
    int t = 0;
    for (Span e : entities) {
      while (t < tokens.length && tokens[t].end() <= e.start()) t++;
      if (t < tokens.length && tokens[t].start() <= e.start() && entity[t] == null) entity[t] = e;
    }
  }

  int size() {
    return tokens.length;
  }

  int start(int i) {
    return tokens[i].start();
  }

  int end(int i) {
    return tokens[i].end();
  }

  /** True when the text between token i-1 and token i holds more than spaces (a comma, a quote mark). */
  boolean punctuatedBefore(int i) {
    for (int k = tokens[i - 1].end(); k < tokens[i].start(); k++) {
      if (!Character.isWhitespace(text.charAt(k))) return true;
    }
    return false;
  }

  /** True when the gap before token i holds {@code c}. */
  boolean gapHas(int i, char c) {
    return gapHasAny(i, String.valueOf(c));
  }

  /** True when the gap before token i holds any of {@code chars}. */
  boolean gapHasAny(int i, String chars) {
    for (int k = tokens[i - 1].end(); k < tokens[i].start(); k++) {
      if (chars.indexOf(text.charAt(k)) >= 0) return true;
    }
    return false;
  }

  /** Token i starts a new statement: a speech verb or participle after a comma («...، داعيا روسيا»). */
  boolean opensClause(int i) {
    return gapHasAny(i, ",،")
        && (SpeechVerbs.verbLemma(folded[i]) != null || SpeechVerbs.participleLemma(folded[i]) != null);
  }

  /** The type of the entity token i starts, or null. */
  String entityType(int i) {
    return entity[i] == null ? null : entity[i].note();
  }

  /**
   * The entity in token i is not the object of a preposition: no preposition word before it, none attached
   * to it («لوكالة فرانس برس» names whom the speaker told, not the speaker).
   */
  boolean unprepositioned(int i, int from) {
    Span e = entity[i];
    if (e.start() > tokens[i].start() && "لبك".indexOf(text.charAt(e.start() - 1)) >= 0) return false;
    return i == from || !SpeakerWords.isStop(folded[i - 1]);
  }
}
