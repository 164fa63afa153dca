package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.RawArticle;

/** HTML through readability4j 1.0.8 on jsoup 1.18.3, with metadata from meta tags and JSON-LD. */
class HtmlTest {

  @TempDir Path dir;

  static final String P1 = "قال وزير الخارجية الأمريكي، جون كيري، السبت، إن القصف العشوائي الذي يقوم به النظام السوري في حلب يرقى إلى جرائم ضد الإنسانية وجرائم حرب، داعيا روسيا إلى محاولة وقف ذلك.";
  static final String P2 = "وأضاف في ختام اجتماع للقوى الداعمة للمعارضة السورية في باريس، أن القصف العشوائي من قبل النظام ينتهك القوانين أو في كثير من الحالات يعد جرائم ضد الإنسانية، وجرائم حرب.";
  static final String P3 = "وفي باريس، عقدت عشر دول غربية وعربية تدعم المعارضة السورية اجتماعا للبحث في الوضع الإنساني في حلب.";

  /** A news page as outlets publish it: nav, share bar, footer around the article. */
  static String page(String head, String extraBody) {
    return "<!DOCTYPE html>\n<html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">" + head + "</head><body>\n"
        + "<header><nav><ul><li><a href=\"/\">الرئيسية</a></li><li><a href=\"/syria\">سوريا</a></li>"
        + "<li><a href=\"/sport\">رياضة</a></li></ul></nav></header>\n"
        + "<main><article><h1>كيري: قصف حلب جرائم حرب</h1>" + extraBody
        + "<p>" + P1 + "</p>\n<p>" + P2 + "</p>\n<p>" + P3 + "</p></article></main>\n"
        + "<footer><p>جميع الحقوق محفوظة لموقع عربي21 ٢٠١٦</p></footer></body></html>\n";
  }

  @Test
  void articleTextMetadataAndJsonLdGraph() throws Exception {
    String head = "<title>كيري: قصف حلب جرائم حرب | عربي21</title>"
        + "<meta property=\"og:title\" content=\"كيري: قصف حلب جرائم حرب\">"
        + "<meta property=\"og:site_name\" content=\"عربي21\">"
        + "<link rel=\"canonical\" href=\"https://arabi21.com/story/967512\">"
        + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": ["
        + "{\"@type\": \"WebSite\", \"name\": \"عربي21\"},"
        + "{\"@type\": [\"NewsArticle\"], \"headline\": \"كيري\", \"datePublished\": \"2016-12-10T18:30:00+03:00\"}]}</script>";
    Files.writeString(dir.resolve("story.html"), page(head, ""));
    RawArticle a = Collected.read(dir.resolve("story.html")).only();

    assertEquals("كيري: قصف حلب جرائم حرب", a.title(), "og:title wins over <title> with its site suffix");
    assertEquals("2016-12-10T18:30:00+03:00", a.published(), "from the NewsArticle inside @graph");
    assertEquals("https://arabi21.com/story/967512", a.url());
    assertEquals("https://arabi21.com/story/967512", a.sourceId(), "the canonical URL is the page's own id");
    assertEquals("عربي21", a.outlet());
    assertEquals("html", a.format());
    assertFalse(a.titleInText());
    // One paragraph per line, in order; the navigation and footer are not article text.
    assertTrue(a.text().contains(P1 + "\n" + P2 + "\n" + P3), a.text());
    assertFalse(a.text().contains("الرئيسية"), a.text());
    assertFalse(a.text().contains("جميع الحقوق محفوظة"), a.text());
  }

  @Test
  void metaDatesAreReadWhenThereIsNoJsonLd() throws Exception {
    Files.writeString(dir.resolve("a.htm"), page("<meta property=\"article:published_time\" content=\"2016-12-10T15:30:00Z\">"
        + "<meta property=\"og:url\" content=\"https://www.Example-News.com/ar/1\">", ""));
    Files.writeString(dir.resolve("b.htm"), page("<meta name=\"pubdate\" content=\"20161210\">"
        + "<meta name=\"DC.date.issued\" content=\"2016-12-09\">", ""));
    Files.writeString(dir.resolve("c.htm"), page("", "<p><time datetime=\"2016-12-08T09:00:00+0200\">٨ ديسمبر</time></p>"));
    Collected c = Collected.read(dir);
    assertEquals(3, c.articles.size(), c.skips::toString);
    assertEquals("2016-12-10T15:30:00Z", c.articles.get(0).published());
    assertEquals("example-news.com", c.articles.get(0).outlet(), "URL host, lower-cased, without www.");
    // "20161210" is not a date this reader knows, so the next key (DC.date.issued) is used.
    assertEquals("2016-12-09", c.articles.get(1).published());
    assertEquals("b.htm", c.articles.get(1).sourceId(), "no canonical URL: the relative path");
    assertEquals("2016-12-08T09:00:00+02:00", c.articles.get(2).published(), "<time datetime>, offset normalized");
  }

  @Test
  void readability4jRunsOnThePinnedJsoup() {
    // readability4j 1.0.8 was compiled against jsoup 1.11; this proves it links and works on 1.18.3
    // by itself, so the reader's jsoup-only fallback is a safety net, not the path taken.
    net.dankito.readability4j.Article article =
        new net.dankito.readability4j.Readability4J("https://arabi21.com/story/967512", page("", "")).parse();
    assertTrue(article.getArticleContent() != null);
    String text = org.marsad.readers.html.BlockText.of(article.getArticleContent());
    assertTrue(text.contains(P1 + "\n" + P2), text);
    assertFalse(text.contains("الرئيسية"), text);
  }

  @Test
  void truncatedHtmlIsSkipped() throws Exception {
    String whole = page("", "");
    Files.writeString(dir.resolve("cut1.html"), whole.substring(0, whole.indexOf("<footer>")));
    Files.writeString(dir.resolve("cut2.html"), whole.substring(0, whole.indexOf("<footer>") + 4));
    Collected c = Collected.read(dir);
    assertTrue(c.articles.isEmpty());
    assertEquals(2, c.skips.size());
    assertTrue(c.skips.stream().allMatch(s -> s.reason().equals(ReadListener.TRUNCATED_HTML)), c.skips::toString);
    assertTrue(c.skips.get(0).detail().startsWith("has <html> but no closing </html>"), c.skips.get(0).detail());
    assertTrue(c.skips.get(1).detail().startsWith("ends inside a tag"), c.skips.get(1).detail());
  }

  @Test
  void htmlWithoutExtensionIsSniffedFromContent() throws Exception {
    Files.writeString(dir.resolve("saved_page"), page("", ""));
    assertEquals("html", Collected.read(dir.resolve("saved_page")).only().format());
  }
}
