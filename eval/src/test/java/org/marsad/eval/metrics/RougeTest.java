package org.marsad.eval.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RougeTest {

  private static final double EPS = 1e-12;

  private static RougeText words(String... sentences) {
    return RougeText.ofTokens(java.util.Arrays.stream(sentences).map(s -> List.of(s.split(" "))).toList());
  }

  @Test
  void linWorkedExampleForUnionLcs() {
    // Lin 2004, 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    // LCS(r, c1) = "w1 w2", LCS(r, c2) = "w1 w3 w5"; union = w1 w2 w3 w5 -> 4 hits.
    RougeText ref = words("w1 w2 w3 w4 w5");
    RougeText cand = words("w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5");
    assertEquals(4, Rouge.unionLcs(ref.sentences().get(0), cand.sentences()));
    // R = 4/5 (reference words), P = 4/10 (candidate words), F1 = 2 * 0.8 * 0.4 / 1.2 = 0.5333...
    Prf l = Rouge.l(cand, List.of(ref));
    assertEquals(0.8, l.recall(), EPS);
    assertEquals(0.4, l.precision(), EPS);
    assertEquals(2 * 0.8 * 0.4 / 1.2, l.f1(), EPS);
  }

  @Test
  void rougeLIsAnLcsNotASetOverlap() {
    // Same words in reverse order: the LCS of "a b c" and "c b a" is one word long.
    Prf l = Rouge.l(words("c b a"), List.of(words("a b c")));
    assertEquals(1.0 / 3, l.recall(), EPS);
    assertEquals(1.0, Rouge.n(1, words("c b a"), List.of(words("a b c"))).recall(), EPS);
  }

  @Test
  void unionLcsHitsAreClippedByCandidateCounts() {
    // Reference sentences "a b" and "a c", candidate "a": each reference sentence's union LCS is {a}, 2 positions,
    // but the candidate holds one "a", so 1 hit: R = 1/4, P = 1/1.
    Prf l = Rouge.l(words("a"), List.of(words("a b", "a c")));
    assertEquals(0.25, l.recall(), EPS);
    assertEquals(1.0, l.precision(), EPS);
  }

  @Test
  void rougeNOnArabicWithNormalization() {
    // Reference "ذهب الولد إلى المدرسة", candidate "ذهب الولد الى البيت": إلى and الى are one token after
    // MatchNormalizer (hamza-alef to bare alef).
    RougeText ref = RougeText.of("ذهب الولد إلى المدرسة.");
    RougeText cand = RougeText.of("ذهب الولد الى البيت");
    assertEquals(List.of("ذهب", "الولد", "الي", "المدرسه"), ref.tokens());
    // Unigrams shared: ذهب الولد الى = 3 of 4 on each side.
    Prf r1 = Rouge.n(1, cand, List.of(ref));
    assertEquals(0.75, r1.recall(), EPS);
    assertEquals(0.75, r1.precision(), EPS);
    // Bigrams: ref {ذهب الولد, الولد الى, الى المدرسة}, cand {ذهب الولد, الولد الى, الى البيت}: 2 of 3.
    Prf r2 = Rouge.n(2, cand, List.of(ref));
    assertEquals(2.0 / 3, r2.recall(), EPS);
    assertEquals(2.0 / 3, r2.precision(), EPS);
  }

  @Test
  void countsAreClipped() {
    // "the the the" vs "the cat": the candidate's three "the" match the reference's one only once.
    Prf r1 = Rouge.n(1, words("the the the"), List.of(words("the cat")));
    assertEquals(0.5, r1.recall(), EPS);
    assertEquals(1.0 / 3, r1.precision(), EPS);
  }

  @Test
  void severalReferencesArePooledNotAveraged() {
    // Refs "a b c d" and "a b", candidate "a b". Hits 2 + 2 = 4; reference unigrams 4 + 2 = 6.
    // Pooled recall 4/6; averaging per reference would give (2/4 + 2/2) / 2 = 0.75 instead.
    // Precision: 4 hits / (2 refs * 2 candidate words) = 1.
    Prf r1 = Rouge.n(1, words("a b"), List.of(words("a b c d"), words("a b")));
    assertEquals(4.0 / 6, r1.recall(), EPS);
    assertEquals(1.0, r1.precision(), EPS);
    assertEquals(2 * (4.0 / 6) / (1 + 4.0 / 6), r1.f1(), EPS);
  }

  @Test
  void emptyCandidateScoresZero() {
    assertEquals(new Prf(0, 0, 0), Rouge.n(2, words(), List.of(words("a b c"))));
    assertEquals(new Prf(0, 0, 0), Rouge.l(RougeText.ofSentences(List.of()), List.of(words("a b c"))));
  }

  @Test
  void sentencesAndPunctuationOfArabicText() {
    // Two sentences; the colon and full stops are not tokens; إن -> ان.
    RougeText t = RougeText.of("\uFEFFقال الوزير: إن الحرب انتهت. وعاد الجنود.");
    assertEquals(2, t.sentences().size());
    assertEquals(List.of("قال", "الوزير", "ان", "الحرب", "انتهت"), t.sentences().get(0));
    assertEquals(List.of("وعاد", "الجنود"), t.sentences().get(1));
  }
}
