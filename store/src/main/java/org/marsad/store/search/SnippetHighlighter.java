package org.marsad.store.search;

import java.io.IOException;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** Exposes the UnifiedHighlighter's object results, which our {@link SnippetFormatter} produces. */
final class SnippetHighlighter extends UnifiedHighlighter {

  SnippetHighlighter(Builder builder) {
    super(builder);
  }

  /** The best snippet of one field for each doc (null where it has no text), in docIds order. */
  Snippet[] snippets(String field, Query query, int[] docIds) throws IOException {
    Object[] found =
        highlightFieldsAsObjects(new String[] {field}, query, docIds, new int[] {1}).get(field);
    Snippet[] snippets = new Snippet[docIds.length];
    for (int i = 0; i < snippets.length; i++) snippets[i] = (Snippet) found[i];
    return snippets;
  }
}
