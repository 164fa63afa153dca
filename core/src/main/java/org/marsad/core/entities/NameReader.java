package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * Reads a mention's surface into a {@link NameForm}: words are runs of letters, digits and marks (so
 * punctuation, brackets and line breaks inside a span do not matter), each normalized by
 * {@link MatchNormalizer}. «عبد» is joined to the word after it, as «عبدالله» is often written glued.
 * Stateless and deterministic: the same surface always gives the same form.
 */
final class NameReader {

  private static final String ABD = "عبد";

  private final MatchNormalizer normalizer = new MatchNormalizer();

  NameForm read(String surface, EntityType type) {
    List<String> written = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    int n = surface.length();
    int i = 0;
    while (i < n) {
      if (!isWordChar(surface.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < n && isWordChar(surface.charAt(i))) i++;
      String word = surface.substring(start, i);
      String token = normalizer.normalize(word);
      if (token.isEmpty()) continue;
      int last = tokens.size() - 1;
      if (last >= 0 && tokens.get(last).equals(ABD)) {
        tokens.set(last, ABD + token);
        written.set(last, written.get(last) + " " + word);
      } else {
        tokens.add(token);
        written.add(word);
      }
    }
    if (tokens.isEmpty()) {
      // No letters at all (a stray symbol): the surface itself is the only thing to match on.
      String whole = Surfaces.collapse(surface);
      tokens.add(whole);
      written.add(whole);
    }
    int prefix = NamePrefixes.length(tokens, type);
    // Folded after the role words are found: the role lists hold the usual spellings (الخارجية).
    tokens.replaceAll(NameReader::foldCountryEnding);
    return new NameForm(written, tokens, prefix);
  }

  /**
   * Country names end in ية or يا by outlet (سورية / سوريا, تركية / تركيا): after normalization (ة → ه), a final
   * «يه» reads as «يا». Applied to every word of every name, so two names still differ if anything else
   * does.
   */
  static String foldCountryEnding(String token) {
    return token.length() > 3 && token.endsWith("يه") ? token.substring(0, token.length() - 1) + "ا" : token;
  }

  private static boolean isWordChar(char c) {
    if (Character.isLetterOrDigit(c)) return true;
    int t = Character.getType(c);
    // Diacritics, and format chars such as ZWNJ, belong to the word they sit in.
    return t == Character.NON_SPACING_MARK
        || t == Character.COMBINING_SPACING_MARK
        || t == Character.ENCLOSING_MARK
        || t == Character.FORMAT;
  }
}
