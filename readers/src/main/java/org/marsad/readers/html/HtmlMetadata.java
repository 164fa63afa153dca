package org.marsad.readers.html;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.marsad.readers.meta.IsoDates;

/**
 * The metadata a news page declares about itself: title, publication date, canonical URL, site name.
 * Read from meta tags (one pass over them), JSON-LD and {@code <time datetime>}; must run before
 * readability, which strips the head. Stateless and thread-safe.
 */
public final class HtmlMetadata {

  /** Meta keys (property, name or itemprop, lower-cased) holding the publication date, best first. */
  private static final String[] DATE_KEYS = {
    "article:published_time", "og:published_time", "og:pubdate", "pubdate", "publishdate", "publish-date",
    "datepublished", "dc.date.issued", "dcterms.issued", "dc.date", "date", "sailthru.date", "parsely-pub-date"
  };

  /** What a page says about itself; any field may be null. */
  public record Meta(String title, String published, String url, String siteName) {}

  private HtmlMetadata() {}

  public static Meta extract(Document doc) {
    Map<String, String> meta = new HashMap<>();
    for (Element m : doc.select("meta[content]")) {
      String content = m.attr("content").strip();
      if (content.isEmpty()) continue;
      for (String keyAttr : new String[] {"property", "name", "itemprop"}) {
        String key = m.attr(keyAttr).strip().toLowerCase(Locale.ROOT);
        if (!key.isEmpty()) meta.putIfAbsent(key, content);
      }
    }
    JsonLd.Found ld = JsonLd.find(doc);
    return new Meta(title(doc, meta, ld), published(doc, meta, ld), url(doc, meta), meta.get("og:site_name"));
  }

  private static String title(Document doc, Map<String, String> meta, JsonLd.Found ld) {
    String t = meta.get("og:title");
    if (t == null) t = meta.get("twitter:title");
    if (t == null && ld != null) t = ld.headline();
    if (t == null && !doc.title().isBlank()) t = doc.title();
    if (t == null) {
      Element h1 = doc.selectFirst("h1");
      if (h1 != null && !h1.text().isBlank()) t = h1.text();
    }
    return t == null ? null : t.strip();
  }

  private static String published(Document doc, Map<String, String> meta, JsonLd.Found ld) {
    for (int i = 0; i < 2; i++) {
      String d = IsoDates.normalize(meta.get(DATE_KEYS[i]));
      if (d != null) return d;
    }
    if (ld != null) {
      String d = IsoDates.normalize(ld.datePublished());
      if (d != null) return d;
    }
    for (int i = 2; i < DATE_KEYS.length; i++) {
      String d = IsoDates.normalize(meta.get(DATE_KEYS[i]));
      if (d != null) return d;
    }
    for (Element e : doc.select("[itemprop=datePublished][datetime], time[datetime]")) {
      String d = IsoDates.normalize(e.attr("datetime"));
      if (d != null) return d;
    }
    return null;
  }

  private static String url(Document doc, Map<String, String> meta) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    if (canonical != null) {
      String abs = canonical.absUrl("href");
      String href = abs.isEmpty() ? canonical.attr("href").strip() : abs;
      if (href.startsWith("http")) return href;
    }
    String og = meta.get("og:url");
    return og != null && og.startsWith("http") ? og : null;
  }
}
