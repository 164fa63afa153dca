package org.marsad.core.summary;

/**
 * Whether two sentences of two articles are copies of one passage, as text-reuse alignment found it: a
 * summary that already quotes one of them must not quote the other, even when the copy was edited enough
 * to escape the summarizer's own near-copy test.
 */
@FunctionalInterface
public interface CopiedText {

  /** No reuse known: only the summarizer's own test applies. */
  CopiedText NONE = (a, as, ae, b, bs, be) -> false;

  /** Whether {@code a[aStart, aEnd)} and {@code b[bStart, bEnd)} (article ids, char offsets) copy one passage. */
  boolean copies(String a, int aStart, int aEnd, String b, int bStart, int bEnd);
}
