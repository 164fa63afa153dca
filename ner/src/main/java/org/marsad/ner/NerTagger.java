package org.marsad.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.marsad.ner.conll.Chunk;

/**
 * Tags the tokens of one sentence with PER/LOC/ORG/MISC chunks. One per thread: OpenNLP's name finder keeps
 * per-document state. Call {@link #endDocument()} between articles so one article's decisions do not leak
 * into the next.
 */
public final class NerTagger {

  private final NameFinderME finder;

  public NerTagger(TokenNameFinderModel model) {
    this.finder = new NameFinderME(model);
  }

  public List<Chunk> tag(String[] tokens) {
    List<Chunk> out = new ArrayList<>();
    if (tokens.length == 0) return out;
    for (Span s : finder.find(tokens)) out.add(new Chunk(s.getStart(), s.getEnd(), s.getType()));
    return out;
  }

  public void endDocument() {
    finder.clearAdaptiveData();
  }
}
