package org.marsad.core.reuse;

/**
 * The knobs of text-reuse detection. Word counts are in "content words": tokens that are not stop words
 * (see {@link ContentWords}), so that a changed "في" or "و" neither breaks nor makes a match.
 *
 * @param minWords a passage needs at least this many tokens on each side (all tokens, as a reader counts)
 * @param seedWords how many consecutive content words one alignment seed spans; 1 matches bags of words
 *     (shuffled text), 3 asks for word order and keeps same-topic articles, which share names, apart
 * @param longSeedWords when above {@code seedWords}, seeds of this many words are added: a run of words in
 *     order counts even where its words alone are too frequent (see maxRepeats) to be seeds; 0 for none
 * @param maxGap the largest run of content words without a seed inside one passage, on either side: how much
 *     rewriting a passage survives before it is cut in two
 * @param minScore a passage needs at least this share of its content words (both sides) covered by seeds
 * @param maxRepeats a seed that occurs more often than this in either text (in long texts: more than once
 *     per thousand words, if that is more) is ignored: it cannot say where a passage is, and its all-pairs
 *     matches would cost quadratic time
 * @param indexWords how many consecutive content words one {@link ReuseIndex} seed spans
 * @param indexWindow the index keeps, of every window of this many consecutive seeds, the one of least hash
 *     (winnowing): any shared run of {@code indexWindow + indexWords - 1} content words still shares a kept
 *     seed, and the index holds about {@code 2 / (indexWindow + 1)} of all seeds; 1 keeps them all
 * @param maxSeedDocs a {@link ReuseIndex} seed found in more documents than this (boilerplate, stock phrases)
 *     stops counting towards candidates
 * @param minSharedSeeds a document becomes a candidate when it shares at least this many distinct seeds with
 *     one stretch of the query (see {@link ReuseIndex#candidates})
 */
public record ReuseOptions(
    int minWords,
    int seedWords,
    int longSeedWords,
    int maxGap,
    double minScore,
    int maxRepeats,
    int indexWords,
    int indexWindow,
    int maxSeedDocs,
    int minSharedSeeds) {

  public ReuseOptions {
    if (minWords < 1 || seedWords < 1 || longSeedWords < 0 || maxGap < 0 || maxRepeats < 1 || indexWords < 1
        || indexWindow < 1 || maxSeedDocs < 1 || minSharedSeeds < 1 || minScore < 0 || minScore > 1) {
      throw new IllegalArgumentException("bad reuse options " + this);
    }
  }

  /**
   * For news: lightly edited wire copy of at least 8 words. Seeds are runs of 3 content words, so word order
   * counts: two reports of one event share names and places, not runs of them (seeds 003 and 004 share
   * nothing with 000-002 this way, see PassageAlignerSeedsTest). Up to 4 changed words in a row, half the
   * words matched; index seeds are winnowed 3-word runs, about 2 in 5 of them kept.
   */
  public static ReuseOptions defaults() {
    return new ReuseOptions(8, 3, 0, 4, 0.5, 4, 3, 4, 200, 2);
  }

  /**
   * For the PAN plagiarism corpora, where whole passages are word-shuffled: single content words as seeds
   * (a bag-of-words match) plus 3-word seeds (so that frequent words still count in order), gaps up to 6
   * words, passages of at least 25 tokens (PAN cases are 30 words and up) and single-word index seeds. On
   * AraPlagDet's shared half plagdet stays within 0.94-0.97 for minWords 20-30, maxGap 6-10 and minScore
   * 0.35-0.55 (0.970 here); these values sit inside that range rather than on a sharp optimum.
   */
  public static ReuseOptions pan() {
    return new ReuseOptions(25, 1, 3, 6, 0.45, 8, 1, 1, 30, 5);
  }

  /**
   * A plain baseline for evaluations: exact runs of 5 content words (Passim's default n-gram) chained with no
   * gap, no single-word seeds, no coverage threshold; otherwise the {@link #pan()} preset.
   */
  public static ReuseOptions exactBaseline() {
    ReuseOptions pan = pan();
    return new ReuseOptions(pan.minWords, 5, 0, 0, 0.0, pan.maxRepeats, pan.indexWords, pan.indexWindow,
        pan.maxSeedDocs, pan.minSharedSeeds);
  }

  public ReuseOptions withMinWords(int n) {
    return new ReuseOptions(n, seedWords, longSeedWords, maxGap, minScore, maxRepeats, indexWords, indexWindow,
        maxSeedDocs, minSharedSeeds);
  }
}
