package org.marsad.core.dedup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;

class NearDuplicateTest {

  private final MinHasher hasher = new MinHasher();

  private long[] sig(String text) {
    return hasher.signature(Seeds.ANALYZER.analyze(Seeds.raw(text)));
  }

  private long[] seed(int n) {
    return hasher.signature(Seeds.analyzed(n));
  }

  /**
   * Seed 000 as another outlet would run the same wire copy: «الأمريكي» respelled «الأميركي» throughout,
   * two words changed, one sentence dropped, a dateline added, CRLF line ends.
   */
  static String editedCopyOf000(String text) {
    return ("حلب (وكالات) - " + text)
        .replace("الأمريكي", "الأميركي")
        .replace("عشر دول غربية وعربية", "عشر دول عربية وغربية")
        .replace("تتصاعد من الأحياء الشرقية", "ترتفع فوق الأحياء الشرقية")
        .replace(" وفي حال نجحت في ذلك، سيكون النظام السوري قد أمسك بمفاتيح مفاوضات السلام.", "")
        .replace("\n", "\r\n");
  }

  @Test
  void editedWireCopyIsFound() {
    String copy = editedCopyOf000(Seeds.text(0));
    double s = MinHasher.similarity(seed(0), sig(copy));
    assertTrue(s >= 0.6 && s < 1.0, "similarity " + s);
    NearDuplicateIndex index = new NearDuplicateIndex();
    for (int n = 0; n < 5; n++) index.add("seed-" + n, seed(n));
    assertEquals(Optional.of("seed-0"), index.findNearDuplicate(sig(copy)));
  }

  @Test
  void identicalTextIsSimilarityOne() {
    assertEquals(1.0, MinHasher.similarity(seed(2), seed(2)));
  }

  @Test
  void seedsAreNotNearDuplicatesOfEachOther() {
    // 000, 001 and 002 report the same Paris meeting with shared AFP passages, but are different articles.
    for (int a = 0; a < 5; a++) {
      for (int b = a + 1; b < 5; b++) {
        double s = MinHasher.similarity(seed(a), seed(b));
        assertTrue(s < 0.3, a + "/" + b + ": " + s);
      }
    }
    NearDuplicateIndex index = new NearDuplicateIndex();
    for (int n = 0; n < 5; n++) {
      assertEquals(Optional.empty(), index.findNearDuplicate(seed(n)), "seed " + n);
      index.add("seed-" + n, seed(n));
    }
    assertEquals(5, index.size());
  }

  @Test
  void earliestAddedMatchWins() {
    NearDuplicateIndex index = new NearDuplicateIndex();
    String copy = editedCopyOf000(Seeds.text(0));
    index.add("first-copy", sig(copy));
    index.add("original", seed(0));
    assertEquals(Optional.of("first-copy"), index.findNearDuplicate(seed(0)));
  }

  @Test
  void headlineIsLeftOutOfTheSignature() {
    // Seed 001 under another headline is the same body.
    String text = Seeds.text(1);
    String retitled = "اجتماع لأصدقاء سوريا في العاصمة الفرنسية" + text.substring(text.indexOf('\n'));
    assertEquals(1.0, MinHasher.similarity(seed(1), sig(retitled)));
  }

  @Test
  void shortAndEmptyArticles() {
    long[] tiny = sig("قصف حلب");
    assertFalse(MinHasher.isEmpty(tiny));
    assertEquals(1.0, MinHasher.similarity(tiny, sig("قصف  حلب!")));
    long[] empty = sig("...");
    assertTrue(MinHasher.isEmpty(empty));
    NearDuplicateIndex index = new NearDuplicateIndex();
    index.add("empty", empty);
    assertEquals(0, index.size());
    assertEquals(Optional.empty(), index.findNearDuplicate(empty));
  }

  @Test
  void signaturesAreStable() {
    Article a = Seeds.analyzed(3);
    long[] once = hasher.signature(a);
    long[] again = new MinHasher().signature(a);
    assertEquals(MinHasher.HASHES, once.length);
    assertTrue(java.util.Arrays.equals(once, again));
  }
}
