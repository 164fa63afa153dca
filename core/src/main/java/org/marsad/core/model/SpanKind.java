package org.marsad.core.model;

import java.util.Locale;

/** What a span marks in an article's original text. Later stages add kinds (entity, quote, figure...). */
public enum SpanKind {
  /** The headline line when it is part of the text (plain-text files). */
  HEADLINE,
  PARAGRAPH,
  SENTENCE,
  TOKEN,
  /** Text that is not the article's own content: read-also links, share prompts, repeated outlet lines. */
  BOILERPLATE,
  /** A named-entity mention; its note is the type (PER, LOC, ORG, MISC). Clitics stay outside it. */
  ENTITY;

  /** The lower-case name used in JSON and in the store. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SpanKind fromLabel(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
