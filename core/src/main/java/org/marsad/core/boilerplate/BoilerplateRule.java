package org.marsad.core.boilerplate;

import java.util.List;
import org.marsad.core.model.Span;

/**
 * One kind of text that is not the article's own: finds it in a paragraph (or a single line) and returns
 * BOILERPLATE spans whose note is {@link #name()}. Implementations are thread-safe.
 */
public interface BoilerplateRule {

  /** Short rule name, used as the spans' note ("read-also"). */
  String name();

  /** BOILERPLATE spans inside {@code paragraph} of {@code text}; empty when the rule does not apply. */
  List<Span> find(String text, Span paragraph);
}
