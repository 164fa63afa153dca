package org.marsad.ner.clusters;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.tokens.Tokenizer;

/**
 * One text as the words the clusters are keyed by: the core tokenizer's tokens in their matching form,
 * with a sentence break where the text between two tokens ends a sentence or a line, so that the last
 * word of one sentence is not counted as a context of the first word of the next. Thread-safe.
 */
final class SentenceTokens {

  /** Stands for a sentence break in the lists this class fills. */
  static final String BREAK = null;

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private SentenceTokens() {}

  /** Appends the words of {@code text} to {@code out}, each sentence followed by {@link #BREAK}. */
  static void append(String text, List<String> out) {
    List<Span> tokens = new ArrayList<>();
    TOKENIZER.tokenize(text, 0, text.length(), tokens);
    int previousEnd = 0;
    for (Span t : tokens) {
      if (endsSentence(text, previousEnd, t.start()) && !out.isEmpty() && out.get(out.size() - 1) != BREAK) {
        out.add(BREAK);
      }
      String word = NORMALIZER.normalize(text.subSequence(t.start(), t.end()));
      if (!word.isEmpty()) out.add(word);
      previousEnd = t.end();
    }
    if (!out.isEmpty() && out.get(out.size() - 1) != BREAK) out.add(BREAK);
  }

  private static boolean endsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      switch (text.charAt(i)) {
        case '.', '!', '?', '؟', '؛', ';', ':', '…', '\n', '\r' -> {
          return true;
        }
        default -> {
          // any other gap (spaces, commas, quotes) keeps the sentence going
        }
      }
    }
    return false;
  }
}
