package org.marsad.core.summary;

/**
 * One sentence a summary may pick, with what scoring needs: its article's rank in the story's order, its
 * position among that article's body sentences, its length in words, and its content terms as a sparse
 * vector (term ids ascending, with TF-IDF weights once {@link TermVectors#weigh} has run).
 */
final class Candidate {

  final int article;
  final int position;
  final int start;
  final int end;
  final int words;
  final int[] terms;
  final int[] counts;
  float[] weights;
  /** Other articles (not duplicates of this one's) that carry a near-identical sentence. */
  int support;
  double score;

  Candidate(int article, int position, int start, int end, int words, int[] terms, int[] counts) {
    this.article = article;
    this.position = position;
    this.start = start;
    this.end = end;
    this.words = words;
    this.terms = terms;
    this.counts = counts;
  }
}
