package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.readers.encoding.DecodedText;
import org.marsad.readers.encoding.TextDecoder;
import org.marsad.readers.encoding.UndecodableTextException;

/** Legacy Arabic charsets made from the real seed text with Java's own encoders. */
class EncodingTest {

  @TempDir Path dir;

  private static List<Path> seeds() throws Exception {
    try (var s = Files.list(Repo.seeds())) {
      return s.sorted().toList();
    }
  }

  private static byte[] encode(String text, Charset cs) throws Exception {
    ByteBuffer bb = cs.newEncoder().encode(java.nio.CharBuffer.wrap(text)); // throws if not encodable
    byte[] b = new byte[bb.remaining()];
    bb.get(b);
    return b;
  }

  @Test
  void windows1256SeedsDecodeToTheOriginalText() throws Exception {
    Charset cp1256 = Charset.forName("windows-1256");
    for (Path seed : seeds()) {
      String original = Files.readString(seed);
      DecodedText d = TextDecoder.decode(encode(original, cp1256));
      assertEquals(original, d.text(), seed.getFileName().toString());
      assertEquals("windows-1256", d.charset().name());
      assertEquals("detected", d.how());
    }
  }

  @Test
  void iso88596SeedsDecodeToTheOriginalText() throws Exception {
    Charset iso = Charset.forName("ISO-8859-6");
    int checked = 0;
    for (Path seed : seeds()) {
      String original = Files.readString(seed);
      if (!iso.newEncoder().canEncode(original)) continue; // 002 quotes with « », which ISO-8859-6 lacks
      DecodedText d = TextDecoder.decode(encode(original, iso));
      assertEquals(original, d.text(), seed.getFileName().toString());
      assertEquals("ISO-8859-6", d.charset().name());
      checked++;
    }
    assertEquals(4, checked);
  }

  @Test
  void legacyEncodedFileIsReadThroughSourceReader() throws Exception {
    String original = Files.readString(Repo.seeds().resolve("000_d1803f01d4bf745f.txt"));
    Files.write(dir.resolve("cp1256.txt"), encode(original, Charset.forName("windows-1256")));
    Files.write(dir.resolve("iso.txt"), encode(original, Charset.forName("ISO-8859-6")));
    Collected c = Collected.read(dir);
    assertEquals(2, c.articles.size(), () -> c.skips.toString());
    assertEquals(original, c.articles.get(0).text());
    assertEquals(original, c.articles.get(1).text());
  }

  @Test
  void utf8ByteOrderMarkIsDroppedFromTheText() throws Exception {
    String original = Files.readString(Repo.seeds().resolve("001_017b6ea0ad0b3e21.txt"));
    byte[] body = original.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    Files.write(dir.resolve("bom.txt"), withBom);
    assertEquals(original, Collected.read(dir.resolve("bom.txt")).only().text());
  }

  @Test
  void utf16WithByteOrderMarkIsTextNotBinary() throws Exception {
    // UTF-16 is full of NUL bytes; its BOM is what tells it from a binary file.
    String original = Files.readString(Repo.seeds().resolve("004_239a53276f838fa4.txt"));
    Files.write(dir.resolve("u16.txt"), original.getBytes(StandardCharsets.UTF_16)); // Java writes a BE BOM
    assertEquals(original, Collected.read(dir.resolve("u16.txt")).only().text());
  }

  @Test
  void htmlDeclaringWindows1256IsDecodedByItsDeclaration() throws Exception {
    String html = "<!DOCTYPE html><html><head><meta charset=\"windows-1256\"><title>حلب</title></head>"
        + "<body><article><p>قال وزير الخارجية الأمريكي إن القصف العشوائي في حلب يرقى إلى جرائم حرب، داعيا روسيا إلى وقفه.</p>"
        + "</article></body></html>";
    DecodedText d = TextDecoder.decode(encode(html, Charset.forName("windows-1256")));
    assertEquals(html, d.text());
    assertEquals("declared", d.how());
  }

  @Test
  void noiseIsUndecodable() throws Exception {
    byte[] noise = new byte[4000];
    Random r = new Random(42);
    for (int i = 0; i < noise.length; i++) noise[i] = (byte) (1 + r.nextInt(255)); // no NUL, so not "binary"
    UndecodableTextException e = assertThrows(UndecodableTextException.class, () -> TextDecoder.decode(noise));
    assertTrue(e.getMessage().startsWith("not UTF-8"), e.getMessage());

    Files.write(dir.resolve("noise.txt"), noise);
    assertEquals(ReadListener.UNDECODABLE_TEXT, Collected.read(dir.resolve("noise.txt")).onlySkip().reason());
  }
}
