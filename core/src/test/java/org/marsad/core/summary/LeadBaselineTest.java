package org.marsad.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.SpanKind;

class LeadBaselineTest {

  /** Seed 001 opens with a headline ("اجتماع باريس يجدد دعمه للمعارضة السورية"); Lead starts after it. */
  @Test
  void leadSkipsTheHeadlineAndKeepsTextOrder() {
    Article a = Seeds.analyzed(1);
    List<SummarySentence> lead = new LeadBaseline(new SummaryOptions(2, 500)).summarize(a);
    assertEquals(2, lead.size());
    assertTrue(lead.get(0).text().startsWith("اجتماع أصدقاء سوريا الذي التأم"), lead.get(0).text());
    assertTrue(lead.get(1).text().startsWith("وزير الخارجية الأميركي، جون كيري، اتهم"), lead.get(1).text());
    var sentences = a.spans(SpanKind.SENTENCE);
    assertEquals(sentences.get(1).start(), lead.get(0).start());
    assertEquals(sentences.get(2).end(), lead.get(1).end());
  }

  /** Seed 004 is dated 2016-11-30, the others are undated: Lead over a story reads the dated one first. */
  @Test
  void storyLeadReadsTheEarliestArticleFirst() {
    Article undated = Seeds.analyzed(0);
    Article dated = Seeds.analyzed(4);
    assertEquals("2016-11-30", dated.published());
    List<SummarySentence> lead = new LeadBaseline(new SummaryOptions(1, 500)).summarize(List.of(undated, dated));
    assertEquals(dated.id(), lead.get(0).articleId());
  }
}
