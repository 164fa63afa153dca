package org.marsad.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.eval.metrics.RougeText;

/** An article's sentences with their ROUGE word counts: what both baselines choose from. */
final class SentenceBudget {

  final List<String> texts = new ArrayList<>();
  final List<RougeText> tokens = new ArrayList<>();

  SentenceBudget(Article a) {
    for (Span s : a.spans(SpanKind.SENTENCE)) {
      String t = s.textOf(a.text());
      RougeText r = RougeText.ofSentences(List.of(t));
      if (r.size() == 0) continue;
      texts.add(t);
      tokens.add(r);
    }
  }

  int size() {
    return texts.size();
  }

  int words(int i) {
    return tokens.get(i).size();
  }
}
