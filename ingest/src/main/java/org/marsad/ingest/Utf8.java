package org.marsad.ingest;

/** UTF-8 size of a string without encoding it. */
public final class Utf8 {
  private Utf8() {}

  public static long length(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) n += 1;
      else if (c < 0x800 || Character.isSurrogate(c)) n += 2; // a surrogate pair is 4 bytes: 2 + 2
      else n += 3;
    }
    return n;
  }
}
