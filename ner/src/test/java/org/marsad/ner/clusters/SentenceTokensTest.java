package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceTokensTest {

  @Test
  void wordsInMatchingFormWithBreaksAtSentenceAndLineEnds() {
    List<String> out = new ArrayList<>();
    SentenceTokens.append("زار أوباما القاهرة، ثم غادر. وصل كيري\nإلى لندن", out);
    assertEquals(Arrays.asList("زار", "اوباما", "القاهره", "ثم", "غادر", null, "وصل", "كيري", null, "الي", "لندن", null),
        out);
  }

  @Test
  void punctuationOnlyTextGivesNothing() {
    List<String> out = new ArrayList<>();
    SentenceTokens.append("... !!", out);
    assertEquals(List.of(), out);
  }
}
