package org.marsad.ner.clusters;

import java.util.List;

/**
 * Texts as one array of word ids, {@link #BREAK} after each sentence. Ids number the words in order of
 * first appearance, so the same texts in the same order always get the same ids.
 *
 * @param tokens word ids and breaks
 * @param words the word of each id
 * @param counts how often each id occurs
 */
record TokenizedCorpus(int[] tokens, List<String> words, int[] counts) {

  static final int BREAK = -1;

  int tokenCount() {
    return tokens.length;
  }
}
