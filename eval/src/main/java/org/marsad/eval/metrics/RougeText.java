package org.marsad.eval.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.sentences.SentenceSplitter;
import org.marsad.core.tokens.Tokenizer;

/**
 * A text as ROUGE sees it: sentences of normalized word tokens.
 *
 * <p>Tokens: core's {@link Tokenizer} (Unicode word breaks, so whitespace and punctuation split and never
 * become tokens), each passed through core's {@link MatchNormalizer} (alef/hamza forms, ta marbuta, alef
 * maqsura, diacritics, digits folded). No stemming and no stop-word removal by default: EASC's references
 * are copied article sentences, so surface forms already match, and ROUGE-1.5.5 also counts stop words
 * unless told otherwise. Sentences (needed by ROUGE-L only): core's {@link SentenceSplitter}.
 *
 * <p>Immutable; the factory methods are thread-safe.
 */
public final class RougeText {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SENTENCES = new SentenceSplitter();
  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private final List<List<String>> sentences;
  private final List<String> tokens;

  private RougeText(List<List<String>> sentences) {
    List<List<String>> kept = new ArrayList<>();
    List<String> flat = new ArrayList<>();
    for (List<String> s : sentences) {
      if (s.isEmpty()) continue;
      kept.add(List.copyOf(s));
      flat.addAll(s);
    }
    this.sentences = Collections.unmodifiableList(kept);
    this.tokens = Collections.unmodifiableList(flat);
  }

  /** Already tokenized sentences, used as given (tests, callers with their own tokens). */
  public static RougeText ofTokens(List<List<String>> sentences) {
    return new RougeText(sentences);
  }

  /** A running text: split into sentences, then tokens; a leading BOM is ignored. */
  public static RougeText of(String text) {
    String t = stripBom(text);
    List<List<String>> out = new ArrayList<>();
    for (Span s : SENTENCES.split(t, 0, t.length())) out.add(tokens(t, s.start(), s.end()));
    return new RougeText(out);
  }

  /** Text already cut into sentences (a summarizer's output): each string is one sentence. */
  public static RougeText ofSentences(List<String> sentences) {
    List<List<String>> out = new ArrayList<>();
    for (String s : sentences) out.add(tokens(s, 0, s.length()));
    return new RougeText(out);
  }

  /** The normalized tokens of {@code text[from, to)}. */
  public static List<String> tokens(String text, int from, int to) {
    List<Span> spans = TOKENIZER.tokenize(text, from, to);
    List<String> out = new ArrayList<>(spans.size());
    for (Span s : spans) {
      String n = NORMALIZER.normalize(text.subSequence(s.start(), s.end()));
      if (!n.isEmpty()) out.add(n);
    }
    return out;
  }

  public static String stripBom(String text) {
    return !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
  }

  public List<List<String>> sentences() {
    return sentences;
  }

  public List<String> tokens() {
    return tokens;
  }

  public int size() {
    return tokens.size();
  }
}
