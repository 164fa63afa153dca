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

  /**
   * True when the headline sentence {@code sentences.get(p)} stands apart from what follows: a blank line
   * separates them and the next sentence does not open with the conjunction و or ف, the way Arabic news
   * continues a story («وقال», «وأضاف», «فبعد»). A first line that the text runs on from (a hard-wrapped
   * lead, or a lead without its stop followed by «وقال ...») is the lead; one followed by a sentence that
   * opens on its own is a label over the lead: a title or a photo caption. A lead that opens with a word
   * spelt with و or ف (وزير, فرنسا) reads as a continuation: the first line is then kept, as before.
   */
  static boolean standsApart(String text, List<Span> sentences, int p) {
    Span headline = sentences.get(p);
    if (p + 1 >= sentences.size()) return false;
    Span next = sentences.get(p + 1);
    int newlines = 0;
    for (int i = headline.end(); i < next.start(); i++) if (text.charAt(i) == '\n') newlines++;
    char first = text.charAt(next.start());
    return newlines >= 2 && first != '\u0648' && first != '\u0641';
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
