package org.marsad.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.util.Chars;

/**
 * ContentId streams the collapsed text into SHA-256 through a small buffer; its ids must stay exactly those
 * of the definition: SHA-256 of the collapsed String's UTF-8 bytes, first 8 bytes in hex.
 */
class ContentIdTest {

  /** The definition, written the obvious way (the implementation before it was made streaming). */
  private static String reference(String text) throws Exception {
    StringBuilder sb = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Chars.isSpace(c)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      if (pendingSpace) sb.append(' ');
      pendingSpace = false;
      sb.append(c);
    }
    byte[] hash = MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8));
    return HexFormat.of().formatHex(hash, 0, 8);
  }

  @Test
  void seedsGetTheDefinedIds() throws Exception {
    for (int n = 0; n < 5; n++) {
      String text = Seeds.text(n);
      assertEquals(reference(text), ContentId.of(text), "seed " + n);
      // Longer than the 8 KiB buffer several times over, so buffer flushes are crossed.
      String longer = text.repeat(7);
      assertEquals(reference(longer), ContentId.of(longer), "seed " + n + " x7");
    }
  }

  @Test
  void oddCharactersEncodeAsStringGetBytesDoes() throws Exception {
    // Emoji (a surrogate pair), unpaired surrogates (both halves, alone and at the end), NBSP, ZWSP and
    // RLM (spaces to Chars), a 3-byte Arabic presentation form and 2-byte Arabic letters.
    String[] texts = {
        "حلب \uD83D\uDE00 قصف", "a\uD83Db", "a\uDE00b", "end\uD83D", "\u00A0 حلب\u200B\u200Fدمشق \uFEFB",
        "", "   ", "\uD83D \uDE00"};
    for (String t : texts) assertEquals(reference(t), ContentId.of(t), t);
  }

  @Test
  void randomMixesAcrossBufferBoundaries() throws Exception {
    // Random text from a pool of 1- to 4-byte UTF-8 characters and spaces, long enough to cross flushes at
    // every alignment: any slip in the buffer arithmetic changes the hash.
    String pool = "ab \n\t\u00A0حلبة\u0651\uFEFB\u20AC\uD83D\uDE00\uD83D\u200B";
    Random r = new Random(42);
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      int n = 8000 + r.nextInt(12000);
      for (int i = 0; i < n; i++) sb.append(pool.charAt(r.nextInt(pool.length())));
      String t = sb.toString();
      assertEquals(reference(t), ContentId.of(t));
    }
  }
}
