package org.marsad.ner.conll;

import java.util.List;

/** One sentence of a CoNLL-style file: its words and their BIO tags, in order, as given. */
public record ConllSentence(List<String> words, List<String> tags) {

  public ConllSentence {
    if (words.size() != tags.size()) {
      throw new IllegalArgumentException(words.size() + " words but " + tags.size() + " tags");
    }
    words = List.copyOf(words);
    tags = List.copyOf(tags);
  }

  public int size() {
    return words.size();
  }
}
