package org.marsad.store.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Turns the UnifiedHighlighter's best passage into a {@link Snippet}: a slice of the original text
 * with match ranges relative to it. Overlapping or touching matches are merged so a phrase reads as
 * one highlight.
 *
 * <p>Passages follow sentence boundaries, but news text often has none for hundreds of characters
 * («.,» does not end a sentence under Unicode rules), so a passage longer than {@link #MAX_CHARS} is
 * cut to a window at word boundaries that starts a little before the first match.
 */
final class SnippetFormatter extends PassageFormatter {

  static final int MAX_CHARS = 300;
  /** Characters of context kept before the first match when a passage is cut. */
  static final int LEAD_CHARS = 60;

  @Override
  public Snippet format(Passage[] passages, String content) {
    if (passages.length == 0) return null;
    Passage p = passages[0]; // we ask for one passage per document
    int start = p.getStartOffset();
    int end = p.getEndOffset();
    if (end - start > MAX_CHARS) {
      int anchor = p.getNumMatches() > 0 ? p.getMatchStarts()[0] : start;
      int anchorEnd = p.getNumMatches() > 0 ? p.getMatchEnds()[0] : start;
      int from = Math.max(start, anchor - LEAD_CHARS);
      if (from > start) from = afterSpace(content, from, anchor);
      int to = Math.min(end, from + MAX_CHARS);
      if (to < end) to = Math.max(anchorEnd, beforeSpace(content, to, anchorEnd));
      start = from;
      end = to;
    }
    List<Snippet.Highlight> highlights = new ArrayList<>();
    for (int i = 0; i < p.getNumMatches(); i++) {
      if (p.getMatchStarts()[i] < start || p.getMatchEnds()[i] > end) continue;
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
    return new Snippet(content.substring(start, end), start, highlights);
  }

  /** The first offset after whitespace in [from, limit], else from: do not start mid-word. */
  private static int afterSpace(String content, int from, int limit) {
    for (int i = from; i < limit; i++) {
      if (Character.isWhitespace(content.charAt(i))) return i + 1;
    }
    return from;
  }

  /** The last whitespace offset in [limit, to], else to: do not end mid-word. */
  private static int beforeSpace(String content, int to, int limit) {
    for (int i = to; i > limit; i--) {
      if (Character.isWhitespace(content.charAt(i))) return i;
    }
    return to;
  }
}
