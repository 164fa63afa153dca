package org.marsad.eval.spans;

import java.util.List;

/**
 * A sentence of a nested-NER file: its tokens joined by single spaces into a text, and the gold spans of
 * every tag layer (Wojood gives a token several tags when entities nest).
 */
record LayeredSentence(String text, List<TypedSpan> gold) {

  /** A typed character span [start, end) of {@link #text()}. */
  record TypedSpan(String type, int start, int end) {}
}
