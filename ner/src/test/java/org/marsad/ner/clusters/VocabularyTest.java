package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  @Test
  void keepsFrequentWordsMostFrequentFirstTiesByWordAndCapsTheSize() {
    List<String> words = List.of("ج", "ب", "أ", "د");
    int[] counts = {5, 5, 9, 1};
    TokenizedCorpus corpus = new TokenizedCorpus(new int[0], words, counts);
    Vocabulary v = Vocabulary.select(corpus, 2, 2);
    assertEquals(2, v.size());
    assertEquals("أ", v.word(0));
    assertEquals("ب", v.word(1), "of two words seen 5 times, the first by its string");
    assertEquals(Vocabulary.NONE, v.indexOfId(0), "ج fell to the cap");
    assertEquals(0, v.indexOfId(2));
    assertEquals(Vocabulary.NONE, v.indexOfId(3), "د is too rare");
  }
}
