package org.marsad.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/** Which headlines the summarizer may quote: short labels never, statement-length first lines yes. */
class HeadlineCandidateTest {

  /** Seed 001's headline has 5 words, a label: no candidate starts where it does, and the first body
   * sentence keeps position 0 so the lead prior still favours it. */
  @Test
  void shortHeadlineIsNotACandidate() {
    Article a = Seeds.analyzed(1);
    Span headline = a.spans(SpanKind.HEADLINE).get(0);
    List<Candidate> cs = new StorySummarizer(SummaryOptions.defaults()).scoredCandidates(List.of(a));
    assertFalse(cs.stream().anyMatch(c -> c.start >= headline.start() && c.end <= headline.end()));
    assertEquals(0, cs.get(0).position);
    assertTrue(a.text().substring(cs.get(0).start, cs.get(0).end).startsWith("اجتماع أصدقاء سوريا الذي التأم"));
  }

  /** A plain-text first line of 12 words (a dated lead sentence that the analyzer takes for a title) is a
   * candidate at position 0, and with the lead prior it opens the summary. */
  @Test
  void statementLengthFirstLineIsQuotedFirst() {
    String first = "عمان- دعا معهد ثربانتس في عمان الأطفال إلى المشاركة في مسابقة الرسم الأولى";
    String text = first + "\n\n"
        + "وقال مدير المعهد إن المسابقة مفتوحة للأطفال بين السادسة والثانية عشرة من العمر في كل المحافظات.\n\n"
        + "وأضاف أن لجنة من الفنانين ستختار أفضل الرسوم وتعرضها في قاعة المعهد الشهر المقبل.\n\n"
        + "وأشار إلى أن الجوائز تشمل كتبا وأدوات رسم ودورات مجانية في اللغة الإسبانية للفائزين.\n";
    Article a = new ArticleAnalyzer().analyze(new RawArticle("t", "test", null, null, null, text, false, "t", "text"));
    List<Span> headlines = a.spans(SpanKind.HEADLINE);
    // Precondition: the analyzer guessed the first line to be a headline.
    assertEquals(1, headlines.size(), "analyzer should take the first line for a headline");
    List<SummarySentence> summary = new StorySummarizer(new SummaryOptions(2, 40)).summarize(a);
    assertEquals(headlines.get(0).start(), summary.get(0).start());
    assertEquals(first, summary.get(0).text().strip());
  }

  /**
   * Seed 003 opens with a photo caption, «حي القاطرجي في حلب الذي تسيطر عليه المعارضة بعد غارة جوية» (Aleppo's
   * Qaterji district after an air strike): eleven words on a line of their own, no final stop, so the
   * analyzer takes it for the headline, and at statement length it used to be quoted first. It is not the
   * lead: a blank line follows it and the next paragraph, «دعت الولايات المتحدة الى وقف عمليات القصف...»,
   * opens a sentence of its own where a continued lead would run on or go on with «و...» («وقال»). So the
   * summary opens with that lead sentence, and the caption is no candidate at all.
   */
  @Test
  void aPhotoCaptionOverTheLeadDoesNotOpenTheSummary() {
    Article a = Seeds.analyzed(3);
    Span caption = a.spans(SpanKind.HEADLINE).get(0);
    assertEquals("حي القاطرجي في حلب الذي تسيطر عليه المعارضة بعد غارة جوية",
        a.text().substring(caption.start(), caption.end()).strip(), "precondition: the caption is the headline");
    List<Candidate> cs = new StorySummarizer(SummaryOptions.defaults()).scoredCandidates(List.of(a));
    assertFalse(cs.stream().anyMatch(c -> c.start < caption.end()), "the caption is a candidate");
    List<SummarySentence> summary = new StorySummarizer(SummaryOptions.defaults()).summarize(a);
    assertTrue(summary.get(0).text().startsWith("دعت الولايات المتحدة الى وقف عمليات القصف على مدينة حلب"),
        summary.get(0).text());
  }
}
