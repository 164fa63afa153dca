package org.marsad.core.figures;

/**
 * One scanned piece of a sentence: a run of letters, a run of digits (with their separators), or one
 * punctuation mark. {@code folded} is the {@link ArabicFold} form used for every lexicon lookup.
 */
record Word(int start, int end, String raw, String folded) {

  boolean isDigits() {
    return Character.isDigit(raw.charAt(0));
  }

  boolean isLetters() {
    return Character.isLetter(raw.charAt(0));
  }
}
