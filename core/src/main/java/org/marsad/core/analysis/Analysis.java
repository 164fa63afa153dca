package org.marsad.core.analysis;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.boilerplate.LineKey;
import org.marsad.core.boilerplate.LineKeys;
import org.marsad.core.dedup.MinHasher;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.normalize.NormalizedTokens;

/**
 * An analysed article with the fingerprints ingest needs next to it: its near-duplicate signature (as
 * {@link MinHasher#signature(Article)} gives) and its line keys (as {@link LineKeys#of(Article)} gives).
 * Built by {@link ArticleAnalyzer#analyzeWithFingerprints}, which normalizes each token once for both
 * instead of once per fingerprint.
 *
 * @param signature MinHash signature of the body; do not modify
 * @param lineKeys keys of the paragraphs with two or more tokens, in text order
 */
public record Analysis(Article article, long[] signature, List<LineKey> lineKeys) {

  public Analysis {
    lineKeys = List.copyOf(lineKeys);
  }

  /** The fingerprints of an analysed article, each token normalized once. */
  public static Analysis of(Article article, MinHasher hasher, MatchNormalizer normalizer) {
    List<Span> spans = article.spans();
    List<Span> paragraphs = new ArrayList<>();
    List<Span> tokens = new ArrayList<>(spans.size());
    Span headline = null;
    boolean oneHeadline = true;
    for (Span s : spans) {
      switch (s.kind()) {
        case PARAGRAPH -> paragraphs.add(s);
        case TOKEN -> tokens.add(s);
        case HEADLINE -> {
          oneHeadline = headline == null;
          headline = s;
        }
        default -> { }
      }
    }
    NormalizedTokens normalized = NormalizedTokens.of(article.text(), tokens, normalizer);
    // ArticleAnalyzer marks at most one headline; an article with more takes the general path.
    long[] signature = oneHeadline ? hasher.signature(normalized, headline) : hasher.signature(article);
    return new Analysis(article, signature, LineKeys.of(paragraphs, normalized));
  }
}
