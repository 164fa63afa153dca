package org.marsad.ner;

/**
 * How common normalized words are in Marsad's unlabelled news corpora, as frequency ranks: 0 for the most
 * frequent word, -1 for a word too rare to be listed. By Zipf's law a word's count is about inversely
 * proportional to its rank, so a ratio of ranks estimates the inverse ratio of counts.
 */
public interface WordRanks {

  int rank(String normalizedWord);

  /** How many words have a rank; an unlisted word is rarer than all of them. */
  int size();
}
