package org.marsad.core.quotes;

import java.util.List;

/** The quoted spans of one text, in order, looked up by offset. */
final class QuoteIndex {

  /** Fewer words than this in quote marks is a title, a name or a scare quote, not someone's statement. */
  static final int MIN_WORDS = 3;

  /**
   * With no speech verb to vouch for it, a quote needs this many words: three- and four-word quotes on
   * their own are mostly names and titles («أنصار بيت المقدس», «الأساليب الإنشائية في النحو العربي» in a
   * sample of the ANT corpus).
   */
  static final int MIN_WORDS_WITHOUT_VERB = 5;

  final String text;
  final List<QuotedSpan> spans;

  QuoteIndex(String text) {
    this.text = text;
    this.spans = QuoteMarks.find(text);
  }

  /** The span whose opening mark is at {@code offset}, or null. */
  QuotedSpan openingAt(int offset) {
    int i = firstOpeningAtOrAfter(offset);
    return i < spans.size() && spans.get(i).open() == offset ? spans.get(i) : null;
  }

  /** True when a statement-sized quote opens in [from, to). */
  boolean statementOpensIn(int from, int to) {
    for (int i = firstOpeningAtOrAfter(from); i < spans.size() && spans.get(i).open() < to; i++) {
      if (isStatement(spans.get(i))) return true;
    }
    return false;
  }

  /** The end of the last quote that opens in [from, to) and runs past {@code to}, else {@code to}. */
  int extendOverOpenQuote(int from, int to) {
    int end = to;
    for (int i = firstOpeningAtOrAfter(from); i < spans.size() && spans.get(i).open() < to; i++) {
      end = Math.max(end, spans.get(i).close() + 1);
    }
    return end;
  }

  boolean isStatement(QuotedSpan q) {
    return QuoteMarks.words(text, q) >= MIN_WORDS;
  }

  boolean isStatementWithoutVerb(QuotedSpan q) {
    return QuoteMarks.words(text, q) >= MIN_WORDS_WITHOUT_VERB;
  }

  private int firstOpeningAtOrAfter(int offset) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).open() < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
