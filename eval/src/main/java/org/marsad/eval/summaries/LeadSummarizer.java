package org.marsad.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;

/**
 * Lead-N: the article's first sentences, in order, as long as they fit the word budget. The first sentence is
 * kept even when it alone exceeds the budget, so that no article gets an empty summary (the oracle follows
 * the same rule). Thread-safe (stateless).
 */
public final class LeadSummarizer implements SingleDocSummarizer {

  @Override
  public List<String> summarize(Article a, int wordBudget) {
    SentenceBudget s = new SentenceBudget(a);
    List<String> out = new ArrayList<>();
    int used = 0;
    for (int i = 0; i < s.size(); i++) {
      if (!out.isEmpty() && used + s.words(i) > wordBudget) break;
      out.add(s.texts.get(i));
      used += s.words(i);
    }
    return out;
  }
}
