package org.marsad.core.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.core.util.Chars;

/**
 * Content-derived article ids: the first 16 hex digits of SHA-256 over the text with every whitespace run
 * collapsed to one space and the ends trimmed, so the same article read with CRLF or LF line endings, or
 * re-wrapped, gets the same id. Thread-safe (a digest per call).
 */
final class ContentId {

  private ContentId() {}

  static String of(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (Chars.isSpace(c)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) sb.append(' ');
      pendingSpace = false;
      sb.append(c);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
