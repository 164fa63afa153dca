package org.marsad.core.summary;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * The sentences a summary may quote from one article: its SENTENCE spans minus the headline. The analyzer
 * also makes the headline a SENTENCE span; a headline is a label, not a statement that a summary can cite
 * as reporting, and {@link org.marsad.core.model.Article#title()} already carries it. Boilerplate never is
 * a sentence (the analyzer leaves it out), so nothing else is filtered here.
 */
final class BodySentences {

  private BodySentences() {}

  static List<Span> of(Article article) {
    List<Span> headlines = article.spans(SpanKind.HEADLINE);
    List<Span> out = new ArrayList<>();
    for (Span s : article.spans(SpanKind.SENTENCE)) {
      if (!isHeadline(s, headlines)) out.add(s);
    }
    return out;
  }

  static boolean isHeadline(Span sentence, List<Span> headlines) {
    for (Span h : headlines) {
      if (h.start() <= sentence.start() && sentence.end() <= h.end()) return true;
    }
    return false;
  }

  /** How many TOKEN spans (words) each sentence holds; {@code tokens} and {@code sentences} in text order. */
  static int[] wordCounts(List<Span> sentences, List<Span> tokens) {
    int[] counts = new int[sentences.size()];
    int t = 0;
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      while (t < tokens.size() && tokens.get(t).start() < s.start()) t++;
      int k = t;
      while (k < tokens.size() && tokens.get(k).end() <= s.end()) k++;
      counts[i] = k - t;
      t = k;
    }
    return counts;
  }
}
