package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A line one outlet prints under many of its articles (BBC Arabic's app notice is the real example in
 * ANT) is boilerplate: kept as a span, out of sentences and search. The same line in another outlet's
 * single article is that article's text.
 */
class RepeatedLineBoilerplateTest {

  static final String NOTICE =
      "يمكنكم استلام إشعارات بأهم الموضوعات بعد تحميل أحدث نسخة من تطبيق بي بي سي عربي على هاتفكم المحمول.";

  @TempDir Path tmp;

  @Test
  void aLineRepeatedAcrossOneOutletBecomesBoilerplateEverywhereItStands() throws Exception {
    List<String> bodies = List.of(
        "قال وزير الخارجية الأمريكي جون كيري إن القصف العشوائي في حلب يرقى إلى جرائم حرب.",
        "عقدت عشر دول غربية وعربية تدعم المعارضة السورية اجتماعا في باريس.",
        "أفاد المرصد السوري بفرار أكثر من ألفي مدني من الأحياء الشرقية.",
        "دعا رئيس المجلس المحلي لمدينة حلب إلى وقف الهجوم على شرق المدينة.",
        "وصل وزير الخارجية الأمريكي إلى جنيف لإجراء محادثات طارئة حول النزاع السوري.",
        "أعلنت قوات سوريا الديموقراطية بدء المرحلة الثانية من حملة غضب الفرات.");
    ObjectMapper json = new ObjectMapper();
    ArrayNode records = json.createArrayNode();
    for (int i = 0; i < bodies.size(); i++) {
      records.addObject().put("id", "bbc-" + i).put("source", "bbc").put("title", "خبر " + i)
          .put("content", bodies.get(i) + "\n" + NOTICE);
    }
    // Another outlet quotes the notice once: one article is no pattern.
    records.addObject().put("id", "other-0").put("source", "other").put("title", "خبر آخر")
        .put("content", "نشرت بي بي سي تطبيقا جديدا للأخبار.\n" + NOTICE);
    Path in = Files.createDirectories(tmp.resolve("in"));
    json.writeValue(in.resolve("articles.json").toFile(), records);
    Path data = tmp.resolve("data");

    Cli.Result r = Cli.run("ingest", in.toString(), "--data", data.toString(), "--json");
    assertEquals(0, r.exit(), r.err());
    // Six BBC articles carry the line, more than the five that make a pattern.
    assertEquals(6, r.json().get("boilerplate_marked").asInt());

    for (JsonNode row : r.json().get("articles")) {
      JsonNode a = Cli.run("article", row.get("id").asText(), "--data", data.toString(), "--json").json();
      String text = a.get("text").asText();
      boolean bbc = row.get("outlet").asText().equals("bbc");
      boolean marked = false;
      for (JsonNode s : a.get("spans")) {
        String slice = text.substring(s.get("start").asInt(), s.get("end").asInt());
        if (s.get("kind").asText().equals("boilerplate")) {
          assertEquals(NOTICE, slice);
          assertEquals("repeated-line", s.get("note").asText());
          marked = true;
        }
        if (s.get("kind").asText().equals("sentence") && bbc) {
          assertFalse(slice.contains("إشعارات"), "a boilerplate line is no sentence: " + slice);
        }
      }
      assertEquals(bbc, marked, row.toString());
    }
    // Search skips boilerplate: only the other outlet's article, where the line is text, matches.
    JsonNode hits = Cli.run("search", "إشعارات", "--data", data.toString(), "--json").json().get("hits");
    assertEquals(1, hits.size(), hits.toString());
    assertTrue(hits.get(0).get("source_id").asText().equals("other-0"));
  }
}
