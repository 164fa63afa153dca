package org.marsad.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.eval.metrics.RougeText;

class BaselineSummarizersTest {

  // Three sentences of 4, 3 and 5 words.
  private static final String S1 = "وصل الوزير إلى باريس.";
  private static final String S2 = "بدأ الاجتماع صباحا.";
  private static final String S3 = "واتفق الطرفان على وقف إطلاق النار.";

  private static Article article() {
    String text = S1 + " " + S2 + " " + S3;
    return new ArticleAnalyzer().analyze(new RawArticle("t", "easc", null, null, null, text, false, "t", "text"));
  }

  @Test
  void leadTakesTheLongestPrefixWithinTheBudget() {
    LeadSummarizer lead = new LeadSummarizer();
    // Budget 8: S1 (4) + S2 (3) = 7 fit, S3 (5) would make 12.
    assertEquals(List.of(S1, S2), lead.summarize(article(), 8));
    // Budget 2: even S1 is over; it is kept alone so the summary is never empty.
    assertEquals(List.of(S1), lead.summarize(article(), 2));
  }

  @Test
  void oraclePicksTheSentencesTheReferencesHold() {
    // The single reference is S3 alone: adding S3 gives ROUGE-2 F1 = 1, and nothing added after it helps.
    OracleSummarizer oracle = new OracleSummarizer(List.of(RougeText.of(S3)));
    assertEquals(List.of(S3), oracle.summarize(article(), 100));
    // Budget 4: S3 (5 words) no longer fits; S1 fits but shares no bigram with S3, so adding it does not raise
    // ROUGE-2 above 0 and the oracle stops with nothing (its score is 0 either way).
    assertEquals(List.of(), oracle.summarize(article(), 4));
  }
}
