package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * An analysed article with ENTITY spans added by hand, standing in for the NER module: each listed name
 * becomes an entity wherever it occurs with no letter before it but an optional proclitic (و ب ل ...),
 * unless a name tagged before covers it: list «جون كيري» before «كيري».
 */
final class HandTagged {

  private final Article article;
  private final List<Span> entities = new ArrayList<>();

  private HandTagged(Article article) {
    this.article = article;
  }

  static HandTagged seed(int n) {
    return new HandTagged(Seeds.analyzed(n));
  }

  static HandTagged text(String text) {
    return new HandTagged(Seeds.ANALYZER.analyze(Seeds.raw(text)));
  }

  HandTagged tag(String type, String... names) {
    String text = article.text();
    for (String name : names) {
      boolean found = false;
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        Span e = new Span(SpanKind.ENTITY, at, at + name.length(), type);
        if (wordStart(text, at) && !isLetterAt(text, e.end()) && entities.stream().noneMatch(e::overlaps)) {
          entities.add(e);
        }
        found |= wordStart(text, at);
      }
      String missing = name;
      assertTrue(found, () -> "«" + missing + "» is not in the text");
    }
    return this;
  }

  Article article() {
    List<Span> spans = new ArrayList<>(article.spans());
    spans.addAll(entities);
    return article.withSpans(spans);
  }

  List<Quote> quotes() {
    return new QuoteExtractor().extract(article());
  }

  /** At a word start, or after one proclitic letter that starts the word. */
  private static boolean wordStart(String text, int at) {
    if (!isLetterAt(text, at - 1)) return true;
    return "وفبلك".indexOf(text.charAt(at - 1)) >= 0 && !isLetterAt(text, at - 2);
  }

  private static boolean isLetterAt(String text, int i) {
    return i >= 0 && i < text.length() && Character.isLetter(text.charAt(i));
  }
}
