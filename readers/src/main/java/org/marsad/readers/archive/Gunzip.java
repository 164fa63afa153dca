package org.marsad.readers.archive;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Single-file .gz decompression, bounded by the size limit. */
public final class Gunzip {

  private Gunzip() {}

  /** The decompressed bytes, or null when they exceed {@code limit}. */
  public static byte[] readAtMost(InputStream compressed, long limit) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(compressed, 65536)) {
      return BoundedRead.readAtMost(in, limit, -1);
    }
  }

  /** The first {@code n} decompressed bytes (fewer if the stream is shorter), to sniff what is inside. */
  public static byte[] head(InputStream compressed, int n) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(compressed, 8192)) {
      return in.readNBytes(n);
    }
  }

  /** "news.json.gz" -> "news.json"; "news.tgz" stays as is. */
  public static String innerName(String name) {
    return name.toLowerCase(java.util.Locale.ROOT).endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }
}
