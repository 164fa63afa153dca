package org.marsad.ner.features;

/**
 * Which tokens the tagger sees. Marsad's tokenizer never makes a token of punctuation, so training and
 * evaluation drop punctuation-only tokens too; otherwise the model would learn contexts it never meets.
 */
public final class Tokens {

  private Tokens() {}

  public static boolean isTaggable(String token) {
    for (int i = 0; i < token.length(); i++) {
      if (Character.isLetterOrDigit(token.charAt(i))) return true;
    }
    return false;
  }
}
