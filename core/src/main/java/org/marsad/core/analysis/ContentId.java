package org.marsad.core.analysis;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.marsad.core.util.Chars;

/**
 * Content-derived article ids: the first 16 hex digits of SHA-256 over the UTF-8 bytes of the text with every
 * whitespace run collapsed to one space and the ends trimmed, so the same article read with CRLF or LF line
 * endings, or re-wrapped, gets the same id.
 *
 * <p>SHA-256 stays (rather than a faster non-cryptographic hash) because ids decide deduplication: a
 * crafted text must not be able to take over another article's id. With SHA extensions the digest itself
 * is cheap; what cost time was building the collapsed String and its UTF-8 copy and looking the digest up
 * per call. So the collapsed text is encoded straight into a small per-thread byte buffer that is fed to a
 * per-thread digest; the bytes digested are exactly those of the collapsed String's UTF-8 form (an unpaired
 * surrogate becomes '?', as {@link String#getBytes} does), so ids are unchanged. Thread-safe (per-thread
 * state).
 */
final class ContentId {

  private static final int BUFFER = 8192;
  private static final HexFormat HEX = HexFormat.of();

  /** A digest and an encode buffer per thread; the buffer leaves room for a space and a 4-byte code point past BUFFER. */
  private static final class State {
    final MessageDigest digest;
    final byte[] buf = new byte[BUFFER + 8];
    final char[] chars = new char[BUFFER];

    State() {
      try {
        digest = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException("every Java platform has SHA-256", e);
      }
    }
  }

  private static final ThreadLocal<State> STATE = ThreadLocal.withInitial(State::new);

  private ContentId() {}

  static String of(String text) {
    State st = STATE.get();
    MessageDigest md = st.digest;
    byte[] buf = st.buf;
    md.reset();
    int p = 0;
    boolean started = false;
    boolean pendingSpace = false;
    char[] chars = st.chars;
    int n = text.length();
    // Chars are copied out a chunk at a time: reading an array is cheaper than String.charAt per char.
    for (int base = 0, len; base < n; base += len) {
      len = Math.min(BUFFER, n - base);
      // A chunk never ends between the halves of a surrogate pair.
      if (base + len < n && Character.isHighSurrogate(text.charAt(base + len - 1))) len--;
      text.getChars(base, base + len, chars, 0);
      for (int j = 0; j < len; j++) {
        char c = chars[j];
        if (Chars.isSpace(c)) {
          pendingSpace = started;
          continue;
        }
        if (pendingSpace) buf[p++] = ' ';
        pendingSpace = false;
        started = true;
        if (c < 0x80) {
          buf[p++] = (byte) c;
        } else if (c < 0x800) {
          buf[p++] = (byte) (0xC0 | (c >> 6));
          buf[p++] = (byte) (0x80 | (c & 0x3F));
        } else if (Character.isSurrogate(c)) {
          char low = j + 1 < len ? chars[j + 1] : 0;
          if (Character.isHighSurrogate(c) && Character.isLowSurrogate(low)) {
            // The low surrogate is never a space, so collapsing never splits a pair.
            j++;
            int cp = Character.toCodePoint(c, low);
            buf[p++] = (byte) (0xF0 | (cp >> 18));
            buf[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            buf[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            buf[p++] = (byte) (0x80 | (cp & 0x3F));
          } else {
            buf[p++] = '?';
          }
        } else {
          buf[p++] = (byte) (0xE0 | (c >> 12));
          buf[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
          buf[p++] = (byte) (0x80 | (c & 0x3F));
        }
        if (p >= BUFFER) {
          md.update(buf, 0, p);
          p = 0;
        }
      }
    }
    if (p > 0) md.update(buf, 0, p);
    return HEX.formatHex(md.digest(), 0, 8);
  }
}
