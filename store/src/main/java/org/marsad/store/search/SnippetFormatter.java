package org.marsad.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the UnifiedHighlighter's passages into a {@link Snippet}: one slice of the original text
 * (from the first passage's start to the last passage's end) with match ranges relative to it.
 * Overlapping or touching matches are merged so a phrase reads as one highlight.
 */
final class SnippetFormatter extends PassageFormatter {

  @Override
  public Snippet format(Passage[] passages, String content) {
    if (passages.length == 0) return null;
    int start = Integer.MAX_VALUE;
    int end = 0;
    for (Passage p : passages) {
      start = Math.min(start, p.getStartOffset());
      end = Math.max(end, p.getEndOffset());
    }
    List<Snippet.Highlight> highlights = new ArrayList<>();
    for (Passage p : passages) {
      for (int i = 0; i < p.getNumMatches(); i++) {
        int s = p.getMatchStarts()[i] - start;
        int e = p.getMatchEnds()[i] - start;
        int last = highlights.size() - 1;
        if (last >= 0 && s <= highlights.get(last).end()) {
          Snippet.Highlight prev = highlights.get(last);
          highlights.set(last, new Snippet.Highlight(prev.start(), Math.max(prev.end(), e)));
        } else {
          highlights.add(new Snippet.Highlight(s, e));
        }
      }
    }
    return new Snippet(content.substring(start, end), start, highlights);
  }
}
