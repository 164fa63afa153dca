package org.marsad.eval.summaries;

import java.util.List;
import org.marsad.core.model.Article;

/**
 * What the summaries evaluation scores: an extractive summary of one analysed article within a word budget,
 * as the text of the chosen sentences (ROUGE-L needs the sentence boundaries). Words are counted as
 * {@link org.marsad.eval.metrics.RougeText} counts them.
 */
public interface SingleDocSummarizer {
  List<String> summarize(Article a, int wordBudget);
}
