package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.RawArticle;

class TrecTest {

  @TempDir Path dir;

  @Test
  void severalDocsEntitiesAbstractFallbackAndATruncatedLastDoc() throws Exception {
    String trec = """
        <DOC>
        <DOCNO>BB-middleEast-1-20181010</DOCNO>
        <URL>http://www.bbc.com/arabic/middleeast-1</URL>
        <SRC>BBC</SRC>
        <TITLE>حلب &amp; إدلب: &quot;هدنة&quot; جديدة</TITLE>
        <TIME>Mon, 26 Feb 2018 02:20:10 GMT</TIME>
        <TEXT>
        أعلنت الأمم المتحدة &lt;هدنة&gt; في حلب.

           وقال المبعوث إن الاتفاق صامد.
        </TEXT>
        </DOC>
        <DOC>
        <DOCNO>CN-economy-2-20180301</DOCNO>
        <HEADLINE>النفط يرتفع</HEADLINE>
        <TIME>2018-03-01</TIME>
        <ABSTRACT>ارتفعت أسعار النفط في التعاملات الآسيوية.</ABSTRACT>
        </DOC>
        <DOC>
        <DOCNO>SK-sport-3-20180302</DOCNO>
        <TEXT>
        مباراة لم يكتمل نصها
        """;
    Files.writeString(dir.resolve("batch.txt"), trec); // ANT's files end in .txt: content decides
    Collected c = Collected.read(dir.resolve("batch.txt"));

    assertEquals(List.of("BB-middleEast-1-20181010", "CN-economy-2-20180301"), c.sourceIds());
    RawArticle bbc = c.articles.get(0);
    assertEquals("حلب & إدلب: \"هدنة\" جديدة", bbc.title(), "entities decoded");
    assertEquals("BBC", bbc.outlet());
    assertEquals("2018-02-26T02:20:10Z", bbc.published(), "RFC-822 GMT is UTC");
    assertEquals("أعلنت الأمم المتحدة <هدنة> في حلب.\nوقال المبعوث إن الاتفاق صامد.", bbc.text(),
        "one paragraph per line, blank lines and indentation dropped");
    assertEquals("trec", bbc.format());

    RawArticle cnn = c.articles.get(1);
    assertEquals("النفط يرتفع", cnn.title(), "HEADLINE when there is no TITLE");
    assertEquals("2018-03-01", cnn.published());
    assertEquals("ارتفعت أسعار النفط في التعاملات الآسيوية.", cnn.text(), "ABSTRACT when TEXT is missing");
    assertEquals(dir.getFileName().toString(), cnn.outlet(), "no SRC, no URL: the folder");

    Collected.Skip s = c.onlySkip();
    assertEquals(ReadListener.TRUNCATED_XML, s.reason());
    assertEquals(dir.resolve("batch.txt") + "#3", s.origin());
    // Counted in the text block: DOC 1 spans lines 1-12, DOC 2 lines 13-18, the cut DOC opens on 19.
    assertEquals("<DOC> at line 19 has no closing </DOC>", s.detail());
  }

  @Test
  void innerParagraphMarkupBecomesLines() throws Exception {
    Files.writeString(dir.resolve("old.trec"), "<DOC>\n<DOCNO>AFP_ARB_1</DOCNO>\n<TEXT>\n<P>\nالفقرة الأولى.\n</P>\n<P>\nالفقرة الثانية.\n</P>\n</TEXT>\n</DOC>\n");
    RawArticle a = Collected.read(dir.resolve("old.trec")).only();
    assertEquals("الفقرة الأولى.\nالفقرة الثانية.", a.text());
    assertTrue(a.outlet() != null);
  }
}
