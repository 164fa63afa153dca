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
 * noted with its type. Boilerplate has no sentences, so it gets no mentions. Two words glued by a missing
 * space are shown to the tagger apart ({@link GluedWords}) and mapped back into the one token. One per thread,
 * like the tagger.
 */
public final class ArticleEntities {

  private final NerTagger tagger;
  private final CliticTrimmer trimmer;
  private final GluedWords glued;

  public ArticleEntities(NerTagger tagger, CliticTrimmer trimmer, GluedWords glued) {
    this.tagger = tagger;
    this.trimmer = trimmer;
    this.glued = glued;
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
      List<Span> pieces = new ArrayList<>(t - first);
      for (int i = first; i < t; i++) {
        Span token = tokens.get(i);
        int cut = glued.splitPoint(token.textOf(text));
        if (cut < 0) {
          pieces.add(token);
        } else {
          pieces.add(new Span(SpanKind.TOKEN, token.start(), token.start() + cut));
          pieces.add(new Span(SpanKind.TOKEN, token.start() + cut, token.end()));
        }
      }
      String[] words = new String[pieces.size()];
      for (int i = 0; i < words.length; i++) words[i] = pieces.get(i).textOf(text);
      for (Chunk c : tagger.tag(words)) {
        int start = pieces.get(c.start()).start() + trimmer.cliticLength(words[c.start()]);
        out.add(new Span(SpanKind.ENTITY, start, pieces.get(c.end() - 1).end(), c.type()));
      }
    }
    tagger.endDocument();
    return out;
  }
}
