package org.marsad.readers.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;

/**
 * Reads a stream whole, but never more than a limit: the guard that makes zip bombs and huge entries
 * cost at most {@code limit + 1} bytes of memory.
 */
public final class BoundedRead {

  private BoundedRead() {}

  /**
   * @param expectedSize a size hint (archive header), or -1; never trusted beyond the limit
   * @return the bytes, or null when the stream holds more than {@code limit} bytes
   */
  public static byte[] readAtMost(InputStream in, long limit, long expectedSize) throws IOException {
    int initial = (int) Math.min(Math.max(expectedSize, 8192), Math.min(limit + 1, 1 << 26));
    byte[] buf = new byte[initial];
    int n = 0;
    while (true) {
      if (n == buf.length) {
        if (n > limit) return null;
        long grown = Math.min(Math.min((long) buf.length * 2, limit + 1), Integer.MAX_VALUE - 8);
        if (grown <= buf.length) return null;
        buf = Arrays.copyOf(buf, (int) grown);
      }
      int r = in.read(buf, n, buf.length - n);
      if (r < 0) break;
      n += r;
      if (n > limit) return null;
    }
    return n == buf.length ? buf : Arrays.copyOf(buf, n);
  }

  /** "70.0 MB > 64.0 MB limit", the detail of a "file too large" skip. */
  public static String tooLarge(long size, long limit) {
    return mb(size) + " > " + mb(limit) + " limit";
  }

  /** When only "more than the limit" is known (a stream cut at the limit). */
  public static String overLimit(long limit) {
    return "more than " + mb(limit) + " uncompressed > " + mb(limit) + " limit";
  }

  /** MB as in "64.0 MB"; small test limits read as KB or bytes rather than "0.0 MB". */
  static String mb(long bytes) {
    if (bytes < 1024) return bytes + " bytes";
    if (bytes < 1024 * 1024) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }
}
