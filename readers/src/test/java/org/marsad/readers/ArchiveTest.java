package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.RawArticle;

class ArchiveTest {

  @TempDir Path dir;

  static byte[] zip(Map<String, byte[]> entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private Map<String, byte[]> mixedEntries() throws Exception {
    String seed = Files.readString(Repo.seeds().resolve("000_d1803f01d4bf745f.txt"));
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("aleppo/seed.txt", utf8(seed));
    m.put("dir/entry.json", utf8("[{\"id\": \"j1\", \"source\": \"okaz\", \"title\": \"عنوان\", \"content\": \"نص الخبر.\"}]"));
    m.put("trec/doc.txt", utf8("<DOC>\n<DOCNO>AL-1</DOCNO>\n<SRC>alarabia</SRC>\n<TEXT>\nنص.\n</TEXT>\n</DOC>\n"));
    m.put("page.html", utf8(HtmlTest.page("<title>صفحة</title>", "")));
    m.put("img/logo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    m.put("__MACOSX/._seed.txt", new byte[] {0, 5, 22, 7});
    m.put(".DS_Store", new byte[] {0, 0, 0, 1});
    return m;
  }

  @Test
  void zipHoldingSeveralFormats() throws Exception {
    Files.write(dir.resolve("a.zip"), zip(mixedEntries()));
    Collected c = Collected.read(dir.resolve("a.zip"));

    assertEquals(List.of("text", "json", "trec", "html"), c.articles.stream().map(RawArticle::format).toList());
    assertEquals(List.of("a.zip!aleppo/seed.txt", "j1", "AL-1", "a.zip!page.html"), c.sourceIds());
    assertEquals("aleppo", c.articles.get(0).outlet(), "a text entry's outlet is its folder inside the zip");
    assertEquals(dir.resolve("a.zip") + "!dir/entry.json", c.articles.get(1).origin());
    assertEquals("a", c.articles.get(3).outlet(), "an entry at the root: the archive's name stands for the folder");
    Collected.Skip s = c.onlySkip();
    assertEquals(dir.resolve("a.zip") + "!img/logo.png", s.origin());
    assertEquals(ReadListener.BINARY_FILE, s.reason());
    assertEquals(List.of(dir.resolve("a.zip").toString()), c.filesDone, "fileDone once per top-level file");
  }

  @Test
  void nestedZipAndGzipInside() throws Exception {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(utf8("{\"url\": \"https://www.okaz.com.sa/news/1\", \"content\": \"خبر مضغوط.\"}\n"
          + "{\"url\": \"https://www.okaz.com.sa/news/2\", \"content\": \"خبر آخر.\"}\n"));
    }
    byte[] inner = zip(Map.of("day/news.jsonl.gz", gz.toByteArray()));
    Map<String, byte[]> outer = new LinkedHashMap<>();
    outer.put("inner.zip", inner);
    outer.put("readme.txt", utf8("ملف للتجربة."));
    Files.write(dir.resolve("outer.zip"), zip(outer));

    Collected c = Collected.read(dir);
    assertTrue(c.skips.isEmpty(), c.skips::toString);
    assertEquals(List.of("https://www.okaz.com.sa/news/1", "https://www.okaz.com.sa/news/2", "outer.zip!readme.txt"),
        c.sourceIds());
    RawArticle first = c.articles.get(0);
    assertEquals("okaz.com.sa", first.outlet());
    assertEquals("jsonl", first.format(), "the .gz is unwrapped and its inner extension used");
    assertEquals(dir.resolve("outer.zip") + "!inner.zip!day/news.jsonl.gz", first.origin());
  }

  @Test
  void entriesOverTheLimitAreSkippedWithoutStoppingTheArchive() throws Exception {
    Map<String, byte[]> m = new LinkedHashMap<>();
    m.put("big.txt", utf8("حلب ".repeat(2000))); // 7 UTF-8 bytes each: 14,000 bytes, but deflates to a few hundred
    m.put("small.txt", utf8("خبر قصير."));
    Files.write(dir.resolve("bomb.zip"), zip(m));
    assertTrue(Files.size(dir.resolve("bomb.zip")) < 4096);

    Collected c = Collected.read(dir.resolve("bomb.zip"), ReaderOptions.defaults().withMaxFileBytes(4096));
    assertEquals("bomb.zip!small.txt", c.only().sourceId());
    Collected.Skip s = c.onlySkip();
    assertEquals(dir.resolve("bomb.zip") + "!big.txt", s.origin());
    assertEquals(ReadListener.FILE_TOO_LARGE, s.reason());
    assertEquals("13.7 KB > 4.0 KB limit", s.detail(), "14,000 bytes / 1024 = 13.67 KB, from the central directory");
  }

  @Test
  void singleGzipFile() throws Exception {
    String seed = Files.readString(Repo.seeds().resolve("002_487f630e01fa605e.txt"));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream g = new GZIPOutputStream(gz)) {
      g.write(utf8(seed));
    }
    Files.write(dir.resolve("seed.txt.gz"), gz.toByteArray());
    RawArticle a = Collected.read(dir.resolve("seed.txt.gz")).only();
    assertEquals(seed, a.text());
    assertEquals("seed.txt.gz", a.sourceId());
    assertEquals("text", a.format());
  }
}
