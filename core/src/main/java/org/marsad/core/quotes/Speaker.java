package org.marsad.core.quotes;

/**
 * Who spoke: a name or description and where it stands in the text; {@link #UNKNOWN} for no one named.
 *
 * @param described true for a role with no name («رئيس الائتلاف الوطني السوري»), which a name given
 *     later may still fill in
 */
record Speaker(String name, int start, int end, boolean described) {

  /** An anonymous source («مصدر», «تقارير»): known to be someone, never to be guessed. */
  static final Speaker UNKNOWN = new Speaker(null, -1, -1, false);

  /** A named speaker: the name as written at [start, end). */
  static Speaker at(String text, int start, int end) {
    return new Speaker(text.substring(start, end), start, end, false);
  }

  /** A described speaker: the role phrase at [start, end). */
  static Speaker describedAt(String text, int start, int end) {
    return new Speaker(text.substring(start, end), start, end, true);
  }
}
