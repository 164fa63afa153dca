package org.marsad.core.summary;

/**
 * How long a summary may be. Both limits hold at once: a summary stops at {@code maxSentences} sentences,
 * and never goes past {@code maxWords} words (word = TOKEN span, as the analyzer counts them).
 */
public record SummaryOptions(int maxSentences, int maxWords) {

  public SummaryOptions {
    if (maxSentences < 1) throw new IllegalArgumentException("maxSentences must be >= 1: " + maxSentences);
    if (maxWords < 1) throw new IllegalArgumentException("maxWords must be >= 1: " + maxWords);
  }

  /** The default for a story: at most 5 sentences and 120 words. */
  public static SummaryOptions defaults() {
    return new SummaryOptions(5, 120);
  }

  /** The same sentence limit with another word budget (the CLI's {@code --summary-words}). */
  public SummaryOptions withMaxWords(int words) {
    return new SummaryOptions(maxSentences, words);
  }
}
