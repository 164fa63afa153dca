package org.marsad.ner;

/** How often a normalized word occurs in Marsad's unlabelled news corpora; 0 when unseen or rare. */
public interface WordCounts {

  long count(String normalizedWord);
}
