package org.marsad.readers.warc;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.marsad.core.model.RawArticle;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;
import org.marsad.readers.archive.BoundedRead;
import org.marsad.readers.encoding.DecodedText;
import org.marsad.readers.encoding.TextDecoder;
import org.marsad.readers.encoding.UndecodableTextException;
import org.marsad.readers.html.HtmlArticleExtractor;
import org.marsad.readers.html.HtmlTruncation;
import org.marsad.readers.meta.Outlets;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads web archives (WARC, plain or gzipped; jwarc detects which) as a stream: every response record
 * with an HTML payload goes through the HTML extractor, with the WARC-Target-URI as its url and source
 * id. Other records (requests, metadata, images, scripts) are passed over silently. Payloads are bounded
 * by the size limit and decoded with the charset of their Content-Type when UTF-8 fails. Thread-safe.
 */
public final class WarcArticleReader {

  private final long maxBytes;

  public WarcArticleReader(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** @param warc carries the archive's origin and names; the records are read from {@code in} */
  public void read(InputStream in, InputFile warc, ReadListener listener) {
    int articles = 0;
    try (WarcReader reader = new WarcReader(in)) {
      for (WarcRecord record : reader) {
        if (record instanceof WarcResponse response && readResponse(response, warc, listener)) articles++;
      }
    } catch (IOException | RuntimeException e) {
      listener.skipped(warc.origin(), ReadListener.UNREADABLE_FILE, "damaged WARC after " + articles + " articles: " + e.getMessage());
      return;
    }
    if (articles == 0) listener.skipped(warc.origin(), ReadListener.NO_ARTICLE_TEXT, "no HTML response records");
  }

  private boolean readResponse(WarcResponse response, InputFile warc, ReadListener listener) throws IOException {
    HttpResponse http;
    MediaType type;
    try {
      http = response.http();
      type = http.contentType().base();
    } catch (IOException | IllegalArgumentException e) {
      return false; // not an HTTP response with a content type: nothing for us
    }
    String subtype = type.subtype().toLowerCase(Locale.ROOT);
    boolean isHtml = (type.type().equalsIgnoreCase("text") && subtype.equals("html")) || subtype.equals("xhtml+xml");
    if (!isHtml) return false;
    String uri = response.target();
    String origin = warc.origin() + "!" + uri;
    byte[] bytes;
    try (InputStream body = http.bodyDecoded().stream()) {
      bytes = BoundedRead.readAtMost(body, maxBytes, -1);
    }
    if (bytes == null) {
      listener.skipped(origin, ReadListener.FILE_TOO_LARGE, BoundedRead.overLimit(maxBytes));
      return false;
    }
    String html;
    try {
      DecodedText decoded = TextDecoder.decode(bytes, http.contentType().parameters().get("charset"));
      html = decoded.text();
    } catch (UndecodableTextException e) {
      listener.skipped(origin, ReadListener.UNDECODABLE_TEXT, e.getMessage());
      return false;
    }
    String truncated = HtmlTruncation.check(html);
    if (truncated != null) {
      listener.skipped(origin, ReadListener.TRUNCATED_HTML, truncated);
      return false;
    }
    HtmlArticleExtractor.Page page = HtmlArticleExtractor.extract(html, uri);
    if (page.text().isBlank()) {
      listener.skipped(origin, ReadListener.NO_ARTICLE_TEXT, "no readable text in the HTML body");
      return false;
    }
    String outlet = Outlets.firstOf(page.outlet(), Outlets.hostOf(uri));
    listener.article(new RawArticle(uri, outlet, uri, page.title(), page.published(), page.text(), false, origin, "warc"));
    return true;
  }
}
