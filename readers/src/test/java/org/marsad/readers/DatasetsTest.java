package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.RawArticle;

/** The two real corpora in ../shared/datasets; skipped where that folder is absent. */
class DatasetsTest {

  private static final Pattern OFFSET_DATE_TIME =
      Pattern.compile("20\\d\\d-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(Z|[+-]\\d\\d:\\d\\d)");

  @Test
  void saudiNewsNetHas31030RecordsInItsZippedJsonArrays() {
    Path dir = Repo.dataset("saudinewsnet");
    assumeTrue(Files.isDirectory(dir), "../shared/datasets/saudinewsnet is absent");

    long t0 = System.nanoTime();
    Collected c = Collected.read(dir);
    long ms = (System.nanoTime() - t0) / 1_000_000;

    long json = c.articles.stream().filter(a -> a.format().equals("json")).count();
    long badRecords = c.skips.stream().filter(s -> s.reason().equals(ReadListener.BAD_RECORD)).count();
    // The folder also holds README_upstream.md and SOURCE.txt: documentation, skipped as not articles.
    assertEquals(2, c.skips.stream().filter(s -> s.reason().equals(ReadListener.NOT_AN_ARTICLE)).count());
    // SOURCE.txt says 31,030 articles; 354 of them have an empty "content" (counted by hand with
    // python: sum over the 18 arrays of records whose content.strip() is ""), which are skipped as
    // bad records, one each. Nothing else may be skipped.
    assertEquals(31_030, json + badRecords, () -> "skips: " + c.skips.stream().filter(s -> !s.reason().equals(ReadListener.BAD_RECORD)).toList());
    assertEquals(354, badRecords);
    assertEquals(c.skips.size(), badRecords + 2);

    RawArticle first = c.articles.stream().filter(a -> a.format().equals("json")).findFirst().orElseThrow();
    // The first record of 2015-07-21.json, as printed by `unzip -p ... | head`.
    assertEquals("aawsat", first.outlet());
    assertEquals("2015-07-21T02:51:32", first.published());
    assertEquals("بريطانيا: أربعة محاور لاستراتيجية جديدة تتصدى للتطرف على مدى خمس سنوات", first.title());
    assertTrue(first.sourceId().startsWith("http://aawsat.com/home/article/410826/"), first.sourceId());
    assertTrue(first.origin().endsWith("2015-07-21.zip!2015-07-21.json"), first.origin());
    assertTrue(first.text().startsWith("حدد رئيس الوزراء البريطاني ديفيد كاميرون"));
    System.out.println("saudinewsnet: " + json + " articles, " + badRecords + " bad records in " + ms + " ms");
  }

  @Test
  void antMultisourceHas31525TrecDocuments() {
    Path dir = Repo.dataset("ant_multisource");
    assumeTrue(Files.isDirectory(dir), "../shared/datasets/ant_multisource is absent");

    long t0 = System.nanoTime();
    Collected c = Collected.read(dir);
    long ms = (System.nanoTime() - t0) / 1_000_000;

    Map<String, Integer> byOutlet = new TreeMap<>();
    long trec = 0;
    for (RawArticle a : c.articles) {
      if (!a.format().equals("trec")) continue;
      trec++;
      byOutlet.merge(a.outlet(), 1, Integer::sum);
      // Every TIME is RFC-822 with an offset or GMT, e.g. "Mon, 26 Feb 2018 02:20:10 GMT".
      assertTrue(a.published() != null && OFFSET_DATE_TIME.matcher(a.published()).matches(),
          () -> a.sourceId() + " " + a.published());
    }
    // SOURCE.txt: Alarabia 6,519 / BBC 3,815 / CNN 3,507 / France24 3,976 / SkyNews 13,708 = 31,525,
    // one <DOC> per .txt file. Two France24 docs have blank ABSTRACT and TEXT (checked with cat:
    // FR-sport-214-20180629, FR-internationalNews-2077-20180629) and are skipped as "no article text".
    // The folder's README_upstream.md and SOURCE.txt document the corpus and are skipped as such.
    List<Collected.Skip> noText = c.skips.stream().filter(s -> s.reason().equals(ReadListener.NO_ARTICLE_TEXT)).toList();
    assertEquals(List.of("FR-internationalNews-2077-20180629", "FR-sport-214-20180629"),
        noText.stream().map(s -> s.origin().substring(s.origin().indexOf('#') + 1)).sorted().toList());
    assertEquals(List.of("README_upstream.md", "SOURCE.txt"), c.skips.stream()
        .filter(s -> s.reason().equals(ReadListener.NOT_AN_ARTICLE))
        .map(s -> Path.of(s.origin()).getFileName().toString()).sorted().toList());
    assertEquals(4, c.skips.size(), () -> c.skips.toString());
    assertEquals(31_525, trec + noText.size());
    assertEquals(0, c.articles.stream().filter(a -> !a.format().equals("trec")).count());
    System.out.println("ant_multisource: " + trec + " TREC docs in " + ms + " ms; by SRC " + byOutlet);
  }

  @Test
  void antDocumentFieldsAreRead() {
    Path file = Repo.dataset("ant_multisource/Alarabia/culture/AL-culture-590-20180715.txt");
    assumeTrue(Files.isRegularFile(file), "ANT corpus absent");
    RawArticle a = Collected.read(file).only();
    // Values copied from the file by eye (cat AL-culture-590-20180715.txt).
    assertEquals("AL-culture-590-20180715", a.sourceId());
    assertEquals("alarabia", a.outlet());
    assertEquals("هكذا ردت إليسا على اتهامها بالسرقة", a.title());
    // TIME "Sun, 15 Jul 2018 21:56:56 +0400": RFC-822, offset kept.
    assertEquals("2018-07-15T21:56:56+04:00", a.published());
    assertTrue(a.url().startsWith("https://www.alarabiya.net/ar/culture-and-art/2018/07/15/"));
    assertEquals("trec", a.format());
    String[] lines = a.text().split("\n");
    assertEquals(4, lines.length, "TEXT holds four paragraphs, one per line");
    assertTrue(lines[0].startsWith("قررت الفنانة #إليسا أن ترد"));
    assertTrue(lines[3].endsWith("ودعمها من خلال التعليقات."));
  }
}
