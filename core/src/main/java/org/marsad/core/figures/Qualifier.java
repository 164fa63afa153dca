package org.marsad.core.figures;

/** A hedge before a number, the word where it starts and its first char (after a glued «و»). */
record Qualifier(String name, int first, int startChar) {
  static final String MORE_THAN = "more_than";
  static final String AT_LEAST = "at_least";
  static final String ABOUT = "about";
  static final String LESS_THAN = "less_than";
  /** «بين 20 و30»: value is the lower end, upper the upper end. */
  static final String BETWEEN = "between";
}
