package org.marsad.core.stories;

/**
 * Stands in for named-entity recognition until there is one: a token is name-like when it is a number
 * (dates, tolls, counts) or a capitalised Latin word (names left in Latin script). Rare Arabic words are
 * added by {@link ArticleTerms} from their IDF. Kept apart so an NER stage can replace it. Stateless.
 */
final class NameProxy {

  boolean isNameLike(CharSequence text, int start, int end) {
    if (end - start < 2) return false;
    char c = text.charAt(start);
    if (c >= 'A' && c <= 'Z') return true;
    for (int i = start; i < end; i++) {
      char d = text.charAt(i);
      // ASCII and Arabic-Indic digits.
      if ((d >= '0' && d <= '9') || (d >= '\u0660' && d <= '\u0669') || (d >= '\u06F0' && d <= '\u06F9')) {
        return true;
      }
    }
    return false;
  }
}
