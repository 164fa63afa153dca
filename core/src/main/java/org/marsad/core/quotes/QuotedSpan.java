package org.marsad.core.quotes;

/** Text between a pair of quote marks: {@code open} and {@code close} are the marks' offsets. */
record QuotedSpan(int open, int close) {

  int innerStart() {
    return open + 1;
  }

  int innerEnd() {
    return close;
  }
}
