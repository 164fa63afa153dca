package org.marsad.core.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.SpanKind;

/**
 * The aligner on the real seed articles (samples/aleppo-2016). Seeds 000, 001 and 002 carry the same agency
 * copy of 17 December 2016 (Kerry on Aleppo, the Paris meeting of ten countries); 003 and 004 are other
 * stories of the same days and copy nothing from them, though they share names (حلب, المعارضة, النظام).
 */
class PassageAlignerSeedsTest {

  private static final PassageAligner ALIGNER = new PassageAligner(ReuseOptions.defaults());

  private static List<Passage> align(int source, int target) {
    return ALIGNER.align(ReuseText.of(Seeds.text(source)), ReuseText.of(Seeds.text(target)));
  }

  /**
   * 000 opens with two paragraphs of Kerry's statement that 001 runs word for word from offset 444, but for
   * «الأمريكي»/«الأميركي», «اليوم» added, a comma and «يعدّ»/«(يعتبر)»: one passage from «قال» to the end of
   * the quoted appeal. In 000 «لإنهاء» is the last content word of its sentence, so the passage runs to the
   * sentence end, «ذلك".» included; in 001 the stop is followed by a comma («ذلك".,») and the sentence runs
   * on, so the passage ends on the last matched word, «لإنهاء» («ذلك» is a stop word, never a match).
   */
  @Test
  void findsKerrysStatementThatSeed001Copies() {
    String s000 = Seeds.text(0);
    String s001 = Seeds.text(1);
    Passage p = align(1, 0).get(0);
    int targetStart = s000.indexOf("قال وزير الخارجية الأمريكي");
    int targetEnd = s000.indexOf("لإنهاء ذلك\".") + "لإنهاء ذلك\".".length();
    int sourceStart = s001.indexOf("وقال وزير الخارجية الأميركي");
    int sourceEnd = s001.indexOf("لإنهاء ذلك") + "لإنهاء".length();
    assertEquals(0, targetStart);
    assertEquals(444, sourceStart);
    assertEquals(List.of(targetStart, targetEnd, sourceStart, sourceEnd),
        List.of(p.targetStart(), p.targetEnd(), p.sourceStart(), p.sourceEnd()));
    // «يعدّ» against «(يعتبر)», «اليوم» and the respelling are the only differences: high but not 1.
    assertTrue(p.score() > 0.85 && p.score() < 1, "score " + p.score());
    assertTrue(p.words() > 60, "words " + p.words());
  }

  /** The same paragraph pair the other way round: 001 as target finds 000 at the same offsets. */
  @Test
  void alignmentIsSymmetricForThatParagraph() {
    Passage there = align(1, 0).get(0);
    Passage back = align(0, 1).stream().filter(p -> p.targetStart() == there.sourceStart()).findFirst().orElseThrow();
    assertEquals(List.of(there.targetStart(), there.targetEnd(), there.sourceEnd()),
        List.of(back.sourceStart(), back.sourceEnd(), back.targetEnd()));
  }

  /**
   * 002 runs 000's paragraph on the flight from eastern Aleppo verbatim, «ودفع التصعيد العسكري ... تحت سيطرة
   * قوات النظام.», and goes on with the Observatory's figure, which 000 gives after a «اقرأ أيضا» line:
   * «وأفاد [مدير] المرصد السوري [رامي عبد الرحمن عن] «فرار أكثر من ألفي مدني» السبت، من الأحياء الشرقية.»
   * The two matched stretches are a few words apart on both sides, so they make one passage, from sentence
   * start to sentence end, the last full stop included. The words the two texts do not share (the read-also
   * line, the director's name) keep the score below 1.
   */
  @Test
  void findsTheFlightParagraphInSeed002() {
    String s000 = Seeds.text(0);
    String s002 = Seeds.text(2);
    String first = "ودفع التصعيد العسكري عشرات الآلاف من سكان الأحياء الشرقية إلى الفرار.";
    String last = "السبت، من الأحياء الشرقية.";
    int target = s000.indexOf(first);
    int source = s002.indexOf(first);
    assertTrue(target > 0 && source > 0);
    Passage p = align(2, 0).stream().filter(x -> x.targetStart() == target).findFirst().orElseThrow();
    assertEquals(List.of(s000.indexOf(last, target) + last.length(), source, s002.indexOf(last, source) + last.length()),
        List.of(p.targetEnd(), p.sourceStart(), p.sourceEnd()));
    assertTrue(s000.substring(p.targetStart(), p.targetEnd()).contains("اقرأ أيضا"));
    assertTrue(p.score() > 0.7 && p.score() < 1, "score " + p.score());
  }

  /** 003 and 004 copy nothing from 000-002, and nothing of theirs is copied there: no passage either way. */
  @Test
  void unrelatedSeedsShareNothing() {
    for (int other : new int[] {3, 4}) {
      for (int copy = 0; copy <= 2; copy++) {
        assertEquals(List.of(), align(other, copy), other + " -> " + copy);
        assertEquals(List.of(), align(copy, other), copy + " -> " + other);
      }
    }
  }

  /**
   * From an analysed article's own spans (boilerplate such as «اقرأ أيضا» lines skipped by the tokens) the
   * Kerry passage is found with the same matches. Only its source end differs: the analyser's sentences end
   * 001's quote at «ذلك".» before the comma, so there the passage takes the sentence's end, 6 chars further
   * than on the raw text.
   */
  @Test
  void alignsAnalysedArticlesToo() {
    Article a = Seeds.analyzed(0);
    Article b = Seeds.analyzed(1);
    List<Passage> passages = ALIGNER.align(
        ReuseText.of(b.text(), b.spans(SpanKind.TOKEN), b.spans(SpanKind.SENTENCE)),
        ReuseText.of(a.text(), a.spans(SpanKind.TOKEN), a.spans(SpanKind.SENTENCE)));
    Passage raw = align(1, 0).get(0);
    Passage analysed = passages.get(0);
    assertEquals(b.text().indexOf("لإنهاء ذلك\".,") + "لإنهاء ذلك\".".length(), analysed.sourceEnd());
    assertEquals(new Passage(raw.sourceStart(), analysed.sourceEnd(), raw.targetStart(), raw.targetEnd(),
        raw.score(), raw.words()), analysed);
  }
}
