package org.marsad.readers.sniff;

import java.nio.charset.StandardCharsets;

/**
 * Recognizes binary files by their magic numbers, and by NUL bytes in their head, so they are skipped
 * with a name ("binary file (PDF)") instead of being decoded into garbage. Containers the readers open
 * (zip, gzip) are not listed here.
 */
public final class BinarySignatures {

  /** How much of the head is searched for NUL bytes. */
  public static final int NUL_SCAN_BYTES = 8192;

  private record Magic(int offset, byte[] bytes, String name) {}

  private static final Magic[] MAGICS = {
    magic(0, "%PDF-", "PDF"),
    magic(0, new int[] {0x89, 'P', 'N', 'G'}, "PNG"),
    magic(0, new int[] {0xFF, 0xD8, 0xFF}, "JPEG"),
    magic(0, "GIF8", "GIF"),
    magic(0, new int[] {0x7F, 'E', 'L', 'F'}, "ELF"),
    magic(0, new int[] {0xCA, 0xFE, 0xBA, 0xBE}, "Java class"),
    magic(0, new int[] {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}, "7z"),
    magic(0, "Rar!", "RAR"),
    magic(0, "BZh", "bzip2"),
    magic(0, new int[] {0xFD, '7', 'z', 'X', 'Z', 0}, "xz"),
    magic(0, new int[] {0x28, 0xB5, 0x2F, 0xFD}, "zstd"),
    magic(0, new int[] {0xD0, 0xCF, 0x11, 0xE0}, "MS Office"),
    magic(0, "SQLite format 3", "SQLite"),
    magic(0, "ID3", "MP3"),
    magic(4, "ftyp", "MP4"),
    magic(0, "OggS", "Ogg"),
    magic(0, "MZ", "Windows executable"),
    magic(0, new int[] {'R', 'I', 'F', 'F'}, "RIFF media"),
    magic(257, "ustar", "tar"),
  };

  private BinarySignatures() {}

  /** The binary kind named by the head's magic number, or null. */
  public static String magicName(byte[] head) {
    for (Magic m : MAGICS) {
      if (startsWith(head, m.offset(), m.bytes())) {
        // "MZ" and "BZh" and "ID3" are short: accept only if the next bytes are not text either.
        if (m.bytes().length < 4 && !hasNul(head, Math.min(head.length, 512))) continue;
        return m.name();
      }
    }
    return null;
  }

  /** Whether a NUL byte occurs in the first {@code limit} bytes. */
  public static boolean hasNul(byte[] bytes, int limit) {
    int n = Math.min(bytes.length, limit);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) return true;
    }
    return false;
  }

  public static boolean isZip(byte[] h) {
    return startsWith(h, 0, new byte[] {'P', 'K', 3, 4}) || startsWith(h, 0, new byte[] {'P', 'K', 5, 6});
  }

  public static boolean isGzip(byte[] h) {
    return h.length >= 2 && (h[0] & 0xFF) == 0x1F && (h[1] & 0xFF) == 0x8B;
  }

  public static boolean isWarc(byte[] h) {
    return startsWith(h, 0, "WARC/".getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean startsWith(byte[] h, int offset, byte[] prefix) {
    if (h.length < offset + prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) {
      if (h[offset + i] != prefix[i]) return false;
    }
    return true;
  }

  private static Magic magic(int offset, String ascii, String name) {
    return new Magic(offset, ascii.getBytes(StandardCharsets.US_ASCII), name);
  }

  private static Magic magic(int offset, int[] values, String name) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) b[i] = (byte) values[i];
    return new Magic(offset, b, name);
  }
}
