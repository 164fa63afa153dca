package org.marsad.readers.encoding;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

/**
 * Turns a file's bytes into text. In order: a byte order mark; strict UTF-8; the charset the file
 * declares (HTML meta, XML prolog, HTTP header); ICU's statistical detector, which tells the
 * Arabic legacy charsets windows-1256 and ISO-8859-6 apart. Every candidate must decode without
 * errors and look like text. Stateless and thread-safe; ICU only runs when strict UTF-8 fails,
 * which keeps the common case to one pass over the bytes.
 */
public final class TextDecoder {

  /** Below this ICU confidence (0-100) a guess is noise. */
  private static final int MIN_CONFIDENCE = 10;

  private TextDecoder() {}

  public static DecodedText decode(byte[] bytes) throws UndecodableTextException {
    return decode(bytes, null);
  }

  /**
   * @param declaredCharset a charset named outside the bytes (an HTTP Content-Type), or null; one
   *     declared inside the bytes is found here
   */
  public static DecodedText decode(byte[] bytes, String declaredCharset) throws UndecodableTextException {
    DecodedText bom = byBom(bytes);
    if (bom != null) return bom;

    String utf8 = utf8OrNull(bytes);
    if (utf8 != null) return new DecodedText(utf8, StandardCharsets.UTF_8, "utf-8");

    for (String name : new String[] {declaredCharset, DeclaredCharset.find(bytes)}) {
      Charset cs = charsetOrNull(name);
      if (cs != null) {
        String text = strict(cs, bytes, 0);
        if (text != null && PlausibleText.check(text) == null) return new DecodedText(text, cs, "declared");
      }
    }

    CharsetDetector detector = new CharsetDetector();
    detector.setText(bytes);
    String why = "not UTF-8, and no charset detected";
    for (CharsetMatch m : detector.detectAll()) {
      if (m.getConfidence() < MIN_CONFIDENCE) break;
      Charset cs = charsetOrNull(m.getName());
      if (cs == null || cs.equals(StandardCharsets.UTF_8)) continue;
      String text = strict(cs, bytes, 0);
      if (text == null) {
        why = "not UTF-8, and not valid " + cs.name();
        continue;
      }
      String problem = PlausibleText.check(text);
      if (problem == null) return new DecodedText(text, cs, "detected");
      why = "not UTF-8; as " + cs.name() + " it has " + problem;
    }
    throw new UndecodableTextException(why);
  }

  private static DecodedText byBom(byte[] b) throws UndecodableTextException {
    Charset cs = null;
    int skip = 0;
    if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
      cs = StandardCharsets.UTF_8;
      skip = 3;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
      cs = StandardCharsets.UTF_16BE;
      skip = 2;
    } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
      cs = StandardCharsets.UTF_16LE;
      skip = 2;
    }
    if (cs == null) return null;
    String text = strict(cs, b, skip);
    if (text == null) throw new UndecodableTextException("has a " + cs.name() + " byte order mark but is not valid " + cs.name());
    return new DecodedText(text, cs, "bom");
  }

  /** Whether the bytes start with a UTF-16 byte order mark (NUL bytes are then expected, not binary). */
  public static boolean hasUtf16Bom(byte[] b) {
    return b.length >= 2
        && (((b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) || ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE));
  }

  /**
   * Strict UTF-8 at the speed of {@code new String}: the JDK's intrinsic decoder turns malformed input
   * into U+FFFD, so a result without U+FFFD proves the bytes valid; only the rare text holding U+FFFD
   * pays for the strict decoder.
   */
  private static String utf8OrNull(byte[] bytes) {
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) return fast;
    return strict(StandardCharsets.UTF_8, bytes, 0);
  }

  /** The text, or null when a byte does not decode (REPORT, never a silent U+FFFD). */
  static String strict(Charset cs, byte[] bytes, int offset) {
    try {
      CharBuffer chars = cs.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static Charset charsetOrNull(String name) {
    if (name == null || name.isBlank()) return null;
    String n = name.strip().toLowerCase(Locale.ROOT);
    // Browsers read "iso-8859-1" as windows-1252 (WHATWG); do the same so 0x80-0x9F become letters.
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) n = "windows-1252";
    try {
      return Charset.forName(n);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }
}
