package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.RawArticle;

class FeedTest {

  @TempDir Path dir;

  static final String RSS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel>
        <title>عربي21</title><link>https://arabi21.com/</link><description>أخبار</description>
        <item>
          <title>كيري: قصف حلب جرائم حرب</title>
          <link>https://www.arabi21.com/story/967512</link>
          <guid isPermaLink="false">arabi21-967512</guid>
          <pubDate>Sat, 10 Dec 2016 18:30:00 +0300</pubDate>
          <description><![CDATA[<p>قال وزير الخارجية الأمريكي إن القصف جرائم حرب.</p><p>ودعا روسيا إلى وقفه.</p>]]></description>
        </item>
        <item>
          <title>صورة اليوم</title>
          <link>https://arabi21.com/photo/1</link>
        </item>
      </channel></rss>
      """;

  @Test
  void rssItemsBecomeArticles() throws Exception {
    Files.writeString(dir.resolve("feed.xml"), RSS);
    Collected c = Collected.read(dir.resolve("feed.xml"));
    RawArticle a = c.only();
    assertEquals("arabi21-967512", a.sourceId(), "the guid");
    assertEquals("https://www.arabi21.com/story/967512", a.url());
    assertEquals("arabi21.com", a.outlet(), "entry link host without www.");
    assertEquals("كيري: قصف حلب جرائم حرب", a.title());
    // 18:30 at +03:00 is 15:30 UTC; Rome keeps only the instant.
    assertEquals("2016-12-10T15:30:00Z", a.published());
    assertEquals("قال وزير الخارجية الأمريكي إن القصف جرائم حرب.\nودعا روسيا إلى وقفه.", a.text());
    assertEquals("rss", a.format());
    assertEquals(ReadListener.NO_ARTICLE_TEXT, c.onlySkip().reason(), "the item without description");
  }

  @Test
  void atomEntriesBecomeArticles() throws Exception {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>الجزيرة نت</title><link href="https://www.aljazeera.net/"/>
          <id>urn:aljazeera:feed</id><updated>2016-12-11T08:00:00Z</updated>
          <entry>
            <title>المعارضة تنسحب من أحياء في حلب</title>
            <link href="https://www.aljazeera.net/news/2016/12/11/aleppo"/>
            <id>tag:aljazeera.net,2016:aleppo-11</id>
            <updated>2016-12-11T07:45:00Z</updated>
            <content type="html">&lt;p&gt;انسحبت فصائل المعارضة من أحياء جديدة.&lt;/p&gt;&lt;p&gt;وتقدم النظام.&lt;/p&gt;</content>
          </entry>
        </feed>
        """;
    Files.writeString(dir.resolve("atom.xml"), atom);
    RawArticle a = Collected.read(dir.resolve("atom.xml")).only();
    assertEquals("tag:aljazeera.net,2016:aleppo-11", a.sourceId());
    assertEquals("aljazeera.net", a.outlet());
    assertEquals("2016-12-11T07:45:00Z", a.published(), "updated, as there is no published");
    assertEquals("انسحبت فصائل المعارضة من أحياء جديدة.\nوتقدم النظام.", a.text());
  }

  @Test
  void truncatedFeedIsTruncatedXml() throws Exception {
    Files.writeString(dir.resolve("cut.rss"), RSS.substring(0, RSS.indexOf("<pubDate>")));
    Collected.Skip s = Collected.read(dir.resolve("cut.rss")).onlySkip();
    assertEquals(ReadListener.TRUNCATED_XML, s.reason());
    assertTrue(s.detail().startsWith("feed XML does not parse"), s.detail());
  }
}
