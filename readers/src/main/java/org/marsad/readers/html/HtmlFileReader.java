package org.marsad.readers.html;

import org.marsad.core.model.RawArticle;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;
import org.marsad.readers.meta.Outlets;

/**
 * Reads one HTML file as one article. Truncated pages are skipped, not half-read. The source id is the
 * page's canonical URL when it declares one, else its path. Thread-safe.
 */
public final class HtmlFileReader {

  public void read(InputFile in, String html, ReadListener listener) {
    String truncated = HtmlTruncation.check(html);
    if (truncated != null) {
      listener.skipped(in.origin(), ReadListener.TRUNCATED_HTML, truncated);
      return;
    }
    HtmlArticleExtractor.Page page = HtmlArticleExtractor.extract(html, null);
    if (page.text().isBlank()) {
      listener.skipped(in.origin(), ReadListener.NO_ARTICLE_TEXT, "no readable text in the HTML body");
      return;
    }
    String sourceId = page.url() != null ? page.url() : in.relativePath();
    listener.article(new RawArticle(sourceId, Outlets.firstOf(page.outlet(), in.folder()), page.url(), page.title(),
        page.published(), page.text(), false, in.origin(), "html"));
  }
}
