package org.marsad.core.tokens;

import java.io.Reader;

/** A {@link Reader} over a region of a String, so tokenizing a paragraph does not copy it first. */
final class RegionReader extends Reader {
  private final String text;
  private final int end;
  private int pos;

  RegionReader(String text, int from, int to) {
    this.text = text;
    this.pos = from;
    this.end = to;
  }

  @Override
  public int read(char[] buf, int off, int len) {
    if (pos >= end) return -1;
    int n = Math.min(len, end - pos);
    text.getChars(pos, pos + n, buf, off);
    pos += n;
    return n;
  }

  @Override
  public int read() {
    return pos < end ? text.charAt(pos++) : -1;
  }

  @Override
  public void close() {}
}
