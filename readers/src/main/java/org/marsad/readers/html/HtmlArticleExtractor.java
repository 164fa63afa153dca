package org.marsad.readers.html;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.readers.meta.Outlets;

/**
 * Extracts a news article from a whole HTML page: metadata first, then the main text with
 * readability4j (which drops navigation and other boilerplate). When readability finds nothing, or
 * fails, a plain jsoup pass takes the page's paragraphs outside nav/header/footer/aside instead.
 * Stateless and thread-safe: each call parses its own document.
 */
public final class HtmlArticleExtractor {

  /** Below this many chars readability's pick is likely a caption, not the article. */
  private static final int MIN_READABLE_CHARS = 80;

  /** An extracted page; any field but text may be null. */
  public record Page(String title, String text, String published, String url, String outlet) {}

  private HtmlArticleExtractor() {}

  /**
   * @param html the whole page
   * @param knownUrl where the page was fetched from (WARC target URI), or null for a file
   */
  public static Page extract(String html, String knownUrl) {
    Document doc = knownUrl != null ? Jsoup.parse(html, knownUrl) : Jsoup.parse(html);
    HtmlMetadata.Meta meta = HtmlMetadata.extract(doc);
    String url = meta.url() != null ? meta.url() : knownUrl;
    String text = readable(doc, url);
    if (text.length() < MIN_READABLE_CHARS) {
      String plain = paragraphs(Jsoup.parse(html));
      if (plain.length() > text.length()) text = plain;
    }
    String outlet = Outlets.firstOf(meta.siteName(), Outlets.hostOf(url), Outlets.hostOf(knownUrl));
    return new Page(meta.title(), text, meta.published(), url, outlet);
  }

  private static String readable(Document doc, String url) {
    try {
      Article article = new Readability4J(url != null ? url : "http://localhost/", doc).parse();
      Element content = article.getArticleContent();
      return content == null ? "" : BlockText.of(content);
    } catch (RuntimeException | LinkageError e) {
      // readability4j 1.0.8 was built against jsoup 1.11; should an API drift bite, jsoup alone still works.
      return "";
    }
  }

  /** Without readability: the body minus chrome, by paragraphs when the page has them. */
  static String paragraphs(Document doc) {
    Element body = doc.body();
    body.select("nav, header, footer, aside, form, script, style, noscript, iframe, [role=navigation], [aria-hidden=true]").remove();
    StringBuilder sb = new StringBuilder();
    for (Element p : body.select("h1, h2, h3, p, li, blockquote")) {
      if (p.parents().is("p, li, blockquote")) continue;
      String t = p.text();
      if (!t.isBlank()) sb.append(t.strip()).append('\n');
    }
    String text = BlockText.tidyLines(sb);
    return text.isEmpty() ? BlockText.of(body) : text;
  }
}
