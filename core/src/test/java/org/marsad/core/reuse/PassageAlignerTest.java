package org.marsad.core.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;

/** The aligner on edited copies of one real paragraph (seed 000's flight paragraph) set in other text. */
class PassageAlignerTest {

  private static final String COPY = "ودفع التصعيد العسكري عشرات الآلاف من سكان الأحياء الشرقية إلى الفرار. "
      + "وتوجه معظمهم إلى أحياء تحت سيطرة قوات النظام.";
  /** Seed 003's opening, unrelated to the paragraph, as surrounding text. */
  private static final String AROUND = Seeds.text(3).substring(0, 400);

  /**
   * The copy set after other text: found at exactly its offsets in both texts, score 1. It is two whole
   * sentences on both sides, so the passage ends at the sentence end, the full stop included.
   */
  @Test
  void verbatimCopyInsideOtherText() {
    String target = AROUND + "\n" + COPY + "\n" + AROUND;
    List<Passage> p = new PassageAligner(ReuseOptions.defaults()).align(ReuseText.of(COPY), ReuseText.of(target));
    assertEquals(1, p.size());
    int at = AROUND.length() + 1;
    assertEquals(List.of(0, COPY.length(), at, at + COPY.length()),
        List.of(p.get(0).sourceStart(), p.get(0).sourceEnd(), p.get(0).targetStart(), p.get(0).targetEnd()));
    assertEquals(1.0, p.get(0).score(), 1e-9);
  }

  /**
   * The copy's 19 words shuffled (a fixed seed): the default, order-keeping options see no run of three
   * words in order and find nothing; the PAN preset (its minimum lowered to 8 tokens: the copy has 19)
   * matches it as a bag of words and finds the whole copy, and only it: «السكان» (the stem of the copy's
   * «سكان») 13 tokens before the copy matches too, but alone at the edge of the match, so it is dropped.
   */
  @Test
  void shuffledCopyOnlyWithThePanPreset() {
    List<String> words = new ArrayList<>(List.of(COPY.replace(".", "").split(" ")));
    Collections.shuffle(words, new Random(7));
    String shuffled = String.join(" ", words);
    String target = AROUND + "\n" + shuffled;
    ReuseText source = ReuseText.of(COPY);
    assertEquals(List.of(), new PassageAligner(ReuseOptions.defaults()).align(source, ReuseText.of(target)));
    List<Passage> p = new PassageAligner(ReuseOptions.pan().withMinWords(8)).align(source, ReuseText.of(target));
    assertEquals(1, p.size());
    assertEquals(List.of(AROUND.length() + 1, target.length()),
        List.of(p.get(0).targetStart(), p.get(0).targetEnd()));
    assertTrue(p.get(0).score() > 0.9, p.toString());
  }

  /** A 7-word copy stays below the default minimum of 8 words; lowering it to 7 finds it. */
  @Test
  void minWordsIsTheTargetSideTokenCount() {
    String seven = "ودفع التصعيد العسكري عشرات الآلاف من سكان";
    String target = AROUND + "\n" + seven + "\n" + AROUND;
    PassageAligner eight = new PassageAligner(ReuseOptions.defaults());
    assertEquals(List.of(), eight.align(ReuseText.of(COPY), ReuseText.of(target)));
    List<Passage> p = new PassageAligner(ReuseOptions.defaults().withMinWords(7))
        .align(ReuseText.of(COPY), ReuseText.of(target));
    assertEquals(1, p.size());
    assertEquals(7, p.get(0).words());
  }

  /** Texts with nothing to match (empty, punctuation, stop words only) give no passage and no candidate. */
  @Test
  void emptyAndStopWordTextsAreHarmless() {
    PassageAligner aligner = new PassageAligner(ReuseOptions.defaults());
    ReuseText copy = ReuseText.of(COPY);
    for (String nothing : new String[] {"", " .. ، ", "في من على إلى عن"}) {
      ReuseText t = ReuseText.of(nothing);
      assertEquals(List.of(), aligner.align(copy, t));
      assertEquals(List.of(), aligner.align(t, copy));
      ReuseIndex index = new ReuseIndex(ReuseOptions.defaults());
      index.add(1, t);
      assertEquals(List.of(), index.candidates(t, 5));
    }
  }
}
