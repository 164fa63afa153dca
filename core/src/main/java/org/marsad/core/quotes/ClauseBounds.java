package org.marsad.core.quotes;

import org.marsad.core.util.Chars;

/** Where a reported clause ends, and whether it is one quoted statement (then a direct quote). */
final class ClauseBounds {

  private final Words w;
  private final QuoteIndex quotes;

  ClauseBounds(Words w, QuoteIndex quotes) {
    this.w = w;
    this.quotes = quotes;
  }

  /**
   * The end of the clause that starts at token {@code first}: the sentence end, or earlier where a comma
   * brings in the next statement («...، ودعا روسيا», «...، معتبرا أن»). A quote opened in the clause is
   * kept whole even when the sentence splitter cut inside it.
   */
  int end(int clauseStart, int first, int sentenceEnd, int sentenceEndChar) {
    int end = sentenceEndChar;
    for (int k = Math.max(first, 1); k < sentenceEnd; k++) {
      if (k > first && w.opensClause(k)) {
        end = w.tokens[k - 1].end();
        while (end < w.start(k) && Chars.isCloser(w.text.charAt(end))) end++;
        break;
      }
    }
    end = trim(clauseStart, end);
    return trim(clauseStart, quotes.extendOverOpenQuote(clauseStart, end));
  }

  /** The quote that makes up the whole clause [start, end), else null. */
  QuotedSpan wholeQuote(int start, int end) {
    QuotedSpan q = quotes.openingAt(start);
    if (q == null || q.close() >= end) return null;
    for (int i = q.close() + 1; i < end; i++) {
      if (Character.isLetterOrDigit(w.text.charAt(i))) return null;
    }
    return q;
  }

  /** Drops spaces, commas and the final stop from the end; the closing quote mark stays. */
  private int trim(int start, int end) {
    int e = end;
    while (e > start) {
      char c = w.text.charAt(e - 1);
      if (!Character.isWhitespace(c) && !Chars.isComma(c) && !Chars.isTerminal(c)) break;
      e--;
    }
    return e;
  }
}
