package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One skip line per bad input, with a stable reason and a useful detail; the run goes on. */
class BadInputTest {

  @TempDir Path dir;

  private static final String ARABIC = "قال وزير الخارجية الأمريكي إن القصف العشوائي في حلب يرقى إلى جرائم حرب.\n";

  @Test
  void pngMagicIsABinaryFile() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    Files.write(dir.resolve("photo.txt"), png); // the extension lies; the magic number does not
    Collected.Skip s = Collected.read(dir.resolve("photo.txt")).onlySkip();
    assertEquals(ReadListener.BINARY_FILE, s.reason());
    assertEquals("PNG", s.detail());
  }

  @Test
  void pdfMagicIsABinaryFile() throws Exception {
    Files.write(dir.resolve("report.pdf"), "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1));
    Collected.Skip s = Collected.read(dir.resolve("report.pdf")).onlySkip();
    assertEquals(ReadListener.BINARY_FILE, s.reason());
    assertEquals("PDF", s.detail());
  }

  @Test
  void nulBytesWithoutAUtf16BomAreBinary() throws Exception {
    byte[] b = (ARABIC + ARABIC).getBytes(StandardCharsets.UTF_8);
    b[40] = 0;
    Files.write(dir.resolve("x.dat"), b);
    Collected.Skip s = Collected.read(dir.resolve("x.dat")).onlySkip();
    assertEquals(ReadListener.BINARY_FILE, s.reason());
    assertEquals("NUL bytes in the first 8 KB", s.detail());
  }

  @Test
  void emptyAndWhitespaceOnlyFilesAreEmpty() throws Exception {
    Files.write(dir.resolve("a.txt"), new byte[0]);
    Files.writeString(dir.resolve("b.txt"), " \n\t\u00A0\n");
    Collected c = Collected.read(dir);
    assertEquals(2, c.skips.size());
    assertTrue(c.skips.stream().allMatch(s -> s.reason().equals(ReadListener.EMPTY_FILE)), c.skips::toString);
    assertEquals("0 bytes", c.skips.get(0).detail());
    assertTrue(c.articles.isEmpty());
    assertEquals(2, c.filesDone.size(), "fileDone is called for skipped files too");
  }

  @Test
  void aFileOverTheLimitIsSkippedAndTheRunGoesOn() throws Exception {
    Files.writeString(dir.resolve("big.txt"), ARABIC.repeat(20)); // 20 x 130 UTF-8 bytes = 2,600 bytes
    Files.writeString(dir.resolve("small.txt"), ARABIC);
    Collected c = Collected.read(dir, ReaderOptions.defaults().withMaxFileBytes(2048));
    Collected.Skip s = c.onlySkip();
    assertEquals(dir.resolve("big.txt").toString(), s.origin());
    assertEquals(ReadListener.FILE_TOO_LARGE, s.reason());
    // 2,600 bytes = 2.54 KB, shown with one decimal; the limit 2,048 bytes is exactly 2.0 KB.
    assertEquals("2.5 KB > 2.0 KB limit", s.detail());
    assertEquals("small.txt", c.only().sourceId());
  }

  @Test
  void defaultLimitIsWordedInMegabytes() {
    assertEquals("70.0 MB > 64.0 MB limit",
        org.marsad.readers.archive.BoundedRead.tooLarge(70L * 1024 * 1024, ReaderOptions.DEFAULT_MAX_FILE_BYTES));
  }

  @Test
  void unknownXmlIsNotAnArticle() throws Exception {
    Files.writeString(dir.resolve("config.xml"), "<?xml version=\"1.0\"?>\n<settings><a>1</a></settings>\n");
    Collected.Skip s = Collected.read(dir.resolve("config.xml")).onlySkip();
    assertEquals(ReadListener.NO_ARTICLE_TEXT, s.reason());
  }

  @Test
  void badFieldNameIsRejectedUpFront() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> ReaderOptions.defaults().withField("headline", "meta.title"));
    assertTrue(e.getMessage().contains("unknown field 'headline'"));
  }
}
