package org.marsad.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.SpanKind;
import org.marsad.core.summary.StorySummarizer;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.core.summary.SummarySentence;

/**
 * Marsad's story summarizer on one article, under the evaluation's word budget and no sentence cap (the
 * EASC references are up to half an article's sentences).
 */
public final class MarsadSummarizer implements SingleDocSummarizer {

  public static final String NAME = "marsad";

  @Override
  public List<String> summarize(Article a, int wordBudget) {
    int sentences = Math.max(1, a.spans(SpanKind.SENTENCE).size());
    StorySummarizer summarizer = new StorySummarizer(new SummaryOptions(sentences, Math.max(1, wordBudget)));
    List<String> out = new ArrayList<>();
    for (SummarySentence s : summarizer.summarize(a)) out.add(s.text());
    return out;
  }
}
