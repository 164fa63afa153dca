package org.marsad.core.language;

import com.ibm.icu.lang.UScript;
import java.util.Locale;
import java.util.Set;

/**
 * Guesses an article's language cheaply: "ar" when Arabic-script letters are the majority of letters; when
 * Latin letters are, "en" or "fr" by which language's most common words occur more; otherwise "und". Only
 * the first {@value #SAMPLE_CHARS} characters are read: a news article does not change language midway.
 * Thread-safe (stateless).
 */
public final class LanguageGuesser {

  static final int SAMPLE_CHARS = 4000;
  /** Fewer letters than this say nothing reliable. */
  static final int MIN_LETTERS = 3;

  private static final Set<String> ENGLISH = Set.of(
      "the", "and", "of", "to", "in", "is", "that", "for", "with", "on", "was", "as", "by", "it", "are",
      "said", "from", "at", "be", "has", "have", "he", "his", "this", "not", "but", "were", "will", "its");
  private static final Set<String> FRENCH = Set.of(
      "le", "la", "les", "de", "des", "et", "est", "dans", "un", "une", "du", "pour", "que", "qui", "sur",
      "au", "aux", "il", "elle", "pas", "par", "avec", "ont", "sont", "été", "ce", "cette", "a", "ne", "se");

  private static final Set<String> ELISIONS = Set.of("l", "d", "qu", "j", "n", "s", "c");

  private static final byte NOT_LETTER = 0, ARABIC = 1, LATIN = 2, OTHER = 3;

  /**
   * The script class of every BMP char, precomputed from Character.isLetter and UScript.getScript: the
   * guess reads up to {@value #SAMPLE_CHARS} chars of every article, and those two calls per char were
   * most of its time.
   */
  private static final byte[] BMP_CLASS = new byte[Character.MAX_VALUE + 1];

  static {
    for (int c = 0; c <= Character.MAX_VALUE; c++) BMP_CLASS[c] = classify(c);
  }

  private static byte classify(int cp) {
    if (!Character.isLetter(cp)) return NOT_LETTER;
    return switch (UScript.getScript(cp)) {
      case UScript.ARABIC -> ARABIC;
      case UScript.LATIN -> LATIN;
      default -> OTHER;
    };
  }

  public String guess(String text) {
    int end = Math.min(text.length(), SAMPLE_CHARS);
    int arabic = 0, latin = 0, other = 0;
    for (int i = 0; i < end; ) {
      char c = text.charAt(i);
      byte cls;
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        // A supplementary code point (read whole even when its low half lies past the sample's end).
        cls = classify(Character.toCodePoint(c, text.charAt(i + 1)));
        i += 2;
      } else {
        cls = BMP_CLASS[c];
        i++;
      }
      switch (cls) {
        case ARABIC -> arabic++;
        case LATIN -> latin++;
        case OTHER -> other++;
        default -> { }
      }
    }
    int letters = arabic + latin + other;
    if (letters < MIN_LETTERS) return "und";
    if (arabic * 2 > letters) return "ar";
    if (latin * 2 > letters) return latinLanguage(text, end);
    return "und";
  }

  private static String latinLanguage(String text, int end) {
    int en = 0, fr = 0;
    int i = 0;
    while (i < end) {
      while (i < end && !Character.isLetter(text.charAt(i))) i++;
      int s = i;
      while (i < end && (Character.isLetter(text.charAt(i)) || text.charAt(i) == '\'')) i++;
      if (s == i) break;
      String w = text.substring(s, i).toLowerCase(Locale.ROOT);
      if (ENGLISH.contains(w)) en++;
      if (FRENCH.contains(w)) fr++;
      // French elisions (l', d', qu') carry the article in the prefix.
      int apos = w.indexOf('\'');
      if (apos > 0 && ELISIONS.contains(w.substring(0, apos))) fr++;
    }
    if (en > fr) return "en";
    if (fr > en) return "fr";
    return "und";
  }
}
