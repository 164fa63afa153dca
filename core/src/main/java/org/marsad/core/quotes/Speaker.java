package org.marsad.core.quotes;

/** Who spoke: a name or description and where it stands in the text; {@link #UNKNOWN} for no one named. */
record Speaker(String name, int start, int end) {

  /** An anonymous source («مصدر», «تقارير»): known to be someone, never to be guessed. */
  static final Speaker UNKNOWN = new Speaker(null, -1, -1);

  static Speaker at(String text, int start, int end) {
    return new Speaker(text.substring(start, end), start, end);
  }
}
