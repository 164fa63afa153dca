package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.ner.conll.Chunk;

/**
 * Finds the named-entity mentions of an analysed article: each sentence's tokens go through the tagger, and
 * each chunk becomes an ENTITY span from its first token's start (clitics trimmed) to its last token's end,
 * noted with its type. Boilerplate has no sentences, so it gets no mentions. One per thread, like the tagger.
 */
public final class ArticleEntities {

  private final NerTagger tagger;
  private final CliticTrimmer trimmer;

  public ArticleEntities(NerTagger tagger, CliticTrimmer trimmer) {
    this.tagger = tagger;
    this.trimmer = trimmer;
  }

  public List<Span> find(Article article) {
    String text = article.text();
    List<Span> tokens = article.spans(SpanKind.TOKEN);
    List<Span> out = new ArrayList<>();
    int t = 0;
    for (Span sentence : article.spans(SpanKind.SENTENCE)) {
      while (t < tokens.size() && tokens.get(t).start() < sentence.start()) t++;
      int first = t;
      while (t < tokens.size() && tokens.get(t).end() <= sentence.end()) t++;
      if (t == first) continue;
      String[] words = new String[t - first];
      for (int i = 0; i < words.length; i++) words[i] = tokens.get(first + i).textOf(text);
      for (Chunk c : tagger.tag(words)) {
        Span head = tokens.get(first + c.start());
        int start = head.start() + trimmer.cliticLength(words[c.start()]);
        out.add(new Span(SpanKind.ENTITY, start, tokens.get(first + c.end() - 1).end(), c.type()));
      }
    }
    tagger.endDocument();
    return out;
  }
}
