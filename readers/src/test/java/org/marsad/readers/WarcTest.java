package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.RawArticle;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/** Tiny web archives written with jwarc itself: a page, a legacy-charset page, an image, a request. */
class WarcTest {

  @TempDir Path dir;

  static final String PAGE_URL = "https://www.arabi21.com/story/967512";
  static final String OLD_URL = "http://www.alriyadh.com/1000";

  static final String TITLE_HEAD = "<title>كيري: قصف حلب جرائم حرب</title>";

  static void write(Path file, WarcCompression compression) throws Exception {
    try (WarcWriter w = new WarcWriter(java.nio.channels.FileChannel.open(file,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.WRITE), compression)) {
      w.write(new WarcRequest.Builder(PAGE_URL).body(new HttpRequest.Builder("GET", "/story/967512").build()).build());
      byte[] html = HtmlTest.page(TITLE_HEAD, "").getBytes(StandardCharsets.UTF_8);
      w.write(new WarcResponse.Builder(PAGE_URL)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build())
          .build());
      // An old page served as windows-1256, declared only in the HTTP header.
      byte[] legacy = ("<html><body><article><p>" + HtmlTest.P3 + "</p><p>" + HtmlTest.P1 + "</p></article></body></html>")
          .getBytes(Charset.forName("windows-1256"));
      w.write(new WarcResponse.Builder(OLD_URL)
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=windows-1256"), legacy).build())
          .build());
      w.write(new WarcResponse.Builder("https://www.arabi21.com/logo.png")
          .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'}).build())
          .build());
    }
  }

  @Test
  void htmlResponsesBecomeArticles() throws Exception {
    for (WarcCompression compression : new WarcCompression[] {WarcCompression.NONE, WarcCompression.GZIP}) {
      Path file = dir.resolve(compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc");
      write(file, compression);
      Collected c = Collected.read(file);
      assertTrue(c.skips.isEmpty(), c.skips::toString);
      assertEquals(2, c.articles.size(), "the request and the PNG are passed over silently");
      RawArticle a = c.articles.get(0);
      assertEquals(PAGE_URL, a.sourceId());
      assertEquals(PAGE_URL, a.url());
      assertEquals("arabi21.com", a.outlet());
      assertEquals("كيري: قصف حلب جرائم حرب", a.title());
      assertEquals("warc", a.format());
      assertTrue(a.text().contains(HtmlTest.P1 + "\n" + HtmlTest.P2), a.text());
      assertEquals(file + "!" + PAGE_URL, a.origin());
      RawArticle old = c.articles.get(1);
      assertEquals("alriyadh.com", old.outlet());
      assertTrue(old.text().contains(HtmlTest.P3 + "\n" + HtmlTest.P1), "decoded with the header's charset: " + old.text());
    }
  }

  @Test
  void bigWarcIsStreamedAndOnlyItsPayloadsAreBounded() throws Exception {
    Path file = dir.resolve("crawl.warc");
    write(file, WarcCompression.NONE);
    // A limit one byte below the UTF-8 page: that payload is skipped, the windows-1256 page (one byte a
    // letter, so far smaller) is read, and the archive itself, bigger than the limit, is streamed.
    long limit = HtmlTest.page(TITLE_HEAD, "").getBytes(StandardCharsets.UTF_8).length - 1;
    assertTrue(java.nio.file.Files.size(file) > limit);
    Collected c = Collected.read(file, ReaderOptions.defaults().withMaxFileBytes(limit));
    assertEquals(OLD_URL, c.only().sourceId());
    Collected.Skip s = c.onlySkip();
    assertEquals(file + "!" + PAGE_URL, s.origin());
    assertEquals(ReadListener.FILE_TOO_LARGE, s.reason());
  }
}
