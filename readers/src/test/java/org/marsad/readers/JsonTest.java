package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.marsad.core.model.RawArticle;

class JsonTest {

  @TempDir Path dir;

  private static String record(String title, String content) {
    return "{\"source\": \"alriyadh\", \"url\": \"http://www.alriyadh.com/" + title.length() + "\", "
        + "\"date_extracted\": \"2015-07-21 02:51:32\", \"title\": \"" + title + "\", \"content\": \"" + content + "\"}";
  }

  @Test
  void arrayRecordsAreMappedWithDefaultFieldNames() throws Exception {
    Files.writeString(dir.resolve("day.json"), "[\n" + record("حلب تحت القصف", "قال المرصد السوري إن القصف استمر.\\n\\nوأضاف أن الغارات طالت الأحياء الشرقية.")
        + ",\n{\"title\": \"بلا نص\", \"content\": \"  \"}\n]");
    Collected c = Collected.read(dir.resolve("day.json"));
    RawArticle a = c.only();
    assertEquals("alriyadh", a.outlet(), "the source field wins over the URL host");
    assertEquals("http://www.alriyadh.com/13", a.sourceId(), "no id field: the URL is the id");
    assertEquals("2015-07-21T02:51:32", a.published(), "space replaced by T, no offset invented");
    assertEquals("حلب تحت القصف", a.title());
    assertEquals("قال المرصد السوري إن القصف استمر.\n\nوأضاف أن الغارات طالت الأحياء الشرقية.", a.text());
    assertEquals("json", a.format());
    Collected.Skip s = c.onlySkip();
    assertEquals(dir.resolve("day.json") + "#1", s.origin(), "the second record, index 1");
    assertEquals(ReadListener.BAD_RECORD, s.reason());
  }

  @Test
  void truncatedArrayKeepsTheRecordsBeforeTheBreak() throws Exception {
    String json = "[\n" + record("الأول", "نص الخبر الأول.") + ",\n" + record("الثاني", "نص الخبر الثاني.") + ",\n"
        + "{\"title\": \"الثالث\", \"content\": \"نص مقطو";
    Files.writeString(dir.resolve("cut.json"), json);
    Collected c = Collected.read(dir.resolve("cut.json"));
    assertEquals(List.of("الأول", "الثاني"), c.articles.stream().map(RawArticle::title).toList());
    Collected.Skip s = c.onlySkip();
    assertEquals(ReadListener.TRUNCATED_JSON, s.reason());
    // The input ends inside a string on line 4 (lines: "[", record 1, record 2, the cut record).
    assertTrue(s.detail().startsWith("unexpected end of input at line 4"), s.detail());
  }

  @Test
  void badJsonLinesLineIsSkippedWithItsNumber() throws Exception {
    Files.writeString(dir.resolve("feed.jsonl"), record("أ", "الخبر الأول.") + "\n"
        + "{\"title\": \"ب\", \"content\": \"مكسور\"\n" // missing the closing brace
        + "\n"
        + record("ج", "الخبر الثالث.") + "\n");
    Collected c = Collected.read(dir.resolve("feed.jsonl"));
    assertEquals(List.of("أ", "ج"), c.articles.stream().map(RawArticle::title).toList());
    assertTrue(c.articles.stream().allMatch(a -> a.format().equals("jsonl")));
    Collected.Skip s = c.onlySkip();
    assertEquals(dir.resolve("feed.jsonl") + "#2", s.origin());
    assertEquals(ReadListener.BAD_RECORD, s.reason());
    assertTrue(s.detail().startsWith("line 2: "), s.detail());
  }

  @Test
  void objectsOnePerLineWithoutTheExtensionAreJsonLines() throws Exception {
    Files.writeString(dir.resolve("dump.txt"), record("أ", "الأول.") + "\n" + record("ب", "الثاني.") + "\n");
    Collected c = Collected.read(dir.resolve("dump.txt"));
    assertEquals(2, c.articles.size());
    assertEquals("jsonl", c.articles.get(0).format());
  }

  @Test
  void wrapperObjectHoldingAnArrayOfArticles() throws Exception {
    Files.writeString(dir.resolve("api.json"), "{\"status\": \"ok\", \"total\": 2, \"articles\": ["
        + "{\"id\": 7, \"title\": \"أ\", \"text\": \"نص أ.\", \"published\": \"2016-11-30T10:05:00+03:00\"},"
        + "{\"id\": 8, \"title\": \"ب\", \"body\": \"نص ب.\", \"date\": \"2016-11-30\"}]}");
    Collected c = Collected.read(dir.resolve("api.json"));
    assertEquals(List.of("7", "8"), c.sourceIds());
    assertEquals("2016-11-30T10:05:00+03:00", c.articles.get(0).published(), "the offset is kept");
    assertEquals("2016-11-30", c.articles.get(1).published());
    assertEquals(dir.getFileName().toString(), c.articles.get(1).outlet(), "no source, no URL: the parent folder");
  }

  @Test
  void fieldMappingReadsANestedLayout() throws Exception {
    Files.createDirectories(dir.resolve("export"));
    Files.writeString(dir.resolve("export/nested.json"), "[{\"meta\": {\"headline\": \"كيري: القصف في حلب جرائم حرب\","
        + " \"site\": \"Arabi21\", \"when\": \"2016-12-10 18:30\"},"
        + " \"body\": {\"paragraphs\": [\"قال وزير الخارجية الأمريكي جون كيري.\", \"ودعا روسيا إلى وقف القصف.\"]}}]");
    ReaderOptions opts = ReaderOptions.defaults()
        .withField("title", "meta.headline")
        .withField("text", "/body/paragraphs")
        .withField("outlet", "meta.site")
        .withField("published", "meta.when");
    RawArticle a = Collected.read(dir.resolve("export"), opts).only();
    assertEquals("كيري: القصف في حلب جرائم حرب", a.title());
    assertEquals("قال وزير الخارجية الأمريكي جون كيري.\nودعا روسيا إلى وقف القصف.", a.text(), "a paragraph list, one per line");
    assertEquals("Arabi21", a.outlet());
    assertEquals("2016-12-10T18:30:00", a.published());
    assertEquals("nested.json#0", a.sourceId(), "no id, no url: relative path and record index");

    // Without the mapping the same file has no text field.
    Collected plain = Collected.read(dir.resolve("export"));
    assertEquals(ReadListener.BAD_RECORD, plain.onlySkip().reason());
    assertNull(plain.articles.isEmpty() ? null : plain.articles.get(0));
  }
}
