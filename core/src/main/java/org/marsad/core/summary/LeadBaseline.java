package org.marsad.core.summary;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * The Lead-N baseline evaluations compare {@link StorySummarizer} to: an article's first body sentences
 * (headline excluded, as the summarizer excludes it), in text order, until {@code maxSentences} sentences
 * or until the next sentence would take the summary past {@code maxWords}. For several articles it reads
 * them in {@link StoryOrder} (earliest first) and goes on into the next article when one runs out.
 *
 * <p>Thread-safe (immutable).
 */
public final class LeadBaseline {

  private final SummaryOptions options;

  public LeadBaseline(SummaryOptions options) {
    this.options = options;
  }

  public List<SummarySentence> summarize(Article article) {
    return summarize(List.of(article));
  }

  public List<SummarySentence> summarize(List<Article> articles) {
    List<SummarySentence> out = new ArrayList<>();
    int words = 0;
    for (Article a : StoryOrder.of(articles)) {
      List<Span> sentences = BodySentences.of(a);
      int[] counts = BodySentences.wordCounts(sentences, a.spans(SpanKind.TOKEN));
      for (int i = 0; i < sentences.size(); i++) {
        if (counts[i] == 0) continue;
        if (out.size() == options.maxSentences() || words + counts[i] > options.maxWords()) return out;
        Span s = sentences.get(i);
        out.add(new SummarySentence(a.id(), s.start(), s.end(), s.textOf(a.text())));
        words += counts[i];
      }
    }
    return out;
  }
}
