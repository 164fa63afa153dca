package org.marsad.core.normalize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * An article's tokens in matching form, joined by single spaces, with a map back to original offsets.
 * Matching (names, quotes, phrases) runs on {@link #normalized()}; a hit is turned back into a span of the
 * original text with {@link #toOriginal(int, int)}. Tokens that normalize to nothing (a lone tatweel or
 * diacritic) are left out. Immutable, so thread-safe once built.
 */
public final class NormalizedText {

  private final String normalized;
  private final String[] tokens;
  /** Start of token i in {@link #normalized}; its end is normStart[i] + tokens[i].length(). */
  private final int[] normStart;
  private final Span[] spans;

  public NormalizedText(List<Span> tokenSpans, String text, MatchNormalizer normalizer) {
    List<String> keptTokens = new ArrayList<>(tokenSpans.size());
    List<Span> keptSpans = new ArrayList<>(tokenSpans.size());
    for (Span s : tokenSpans) {
      if (s.kind() != SpanKind.TOKEN) continue;
      String norm = normalizer.normalize(text.subSequence(s.start(), s.end()));
      if (norm.isEmpty()) continue;
      keptTokens.add(norm);
      keptSpans.add(s);
    }
    tokens = keptTokens.toArray(new String[0]);
    spans = keptSpans.toArray(new Span[0]);
    normStart = new int[tokens.length];
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < tokens.length; i++) {
      if (i > 0) sb.append(' ');
      normStart[i] = sb.length();
      sb.append(tokens[i]);
    }
    normalized = sb.toString();
  }

  /** The normalized text of an analysed article, from its TOKEN spans. */
  public static NormalizedText of(Article article, MatchNormalizer normalizer) {
    return new NormalizedText(article.spans(SpanKind.TOKEN), article.text(), normalizer);
  }

  public String normalized() {
    return normalized;
  }

  public int tokenCount() {
    return tokens.length;
  }

  /** Normalized form of token i. */
  public String token(int i) {
    return tokens[i];
  }

  /** Original-text span of token i. */
  public Span tokenSpan(int i) {
    return spans[i];
  }

  /**
   * The original-text span covering the tokens that {@code normalized()[normStart, normEnd)} touches: from
   * the start of the first such token to the end of the last. The span's kind is TOKEN; callers that mark
   * something else copy start and end into a span of their own kind.
   *
   * @throws IllegalArgumentException when the range touches no token
   */
  public Span toOriginal(int normStart, int normEnd) {
    if (normStart < 0 || normEnd > normalized.length() || normStart >= normEnd) {
      throw new IllegalArgumentException("bad range [" + normStart + "," + normEnd + ")");
    }
    int first = tokenEndingAfter(normStart);
    int last = tokenStartingBefore(normEnd);
    if (first > last) {
      throw new IllegalArgumentException("range [" + normStart + "," + normEnd + ") holds only a space");
    }
    return new Span(SpanKind.TOKEN, spans[first].start(), spans[last].end());
  }

  /** Index of the first token whose normalized end is after {@code pos}. */
  private int tokenEndingAfter(int pos) {
    int i = Arrays.binarySearch(normStart, pos);
    if (i >= 0) return i;
    int before = -i - 2; // token starting before pos; pos is inside it or in the space after it
    if (before >= 0 && normStart[before] + tokens[before].length() > pos) return before;
    return before + 1;
  }

  /** Index of the last token whose normalized start is before {@code pos}. */
  private int tokenStartingBefore(int pos) {
    int i = Arrays.binarySearch(normStart, pos);
    return i >= 0 ? i - 1 : -i - 2;
  }
}
