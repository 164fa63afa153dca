package org.marsad.core.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;

/** The summary of the Paris-meeting story (seeds 000, 001, 002), which share whole paragraphs of wire copy. */
class SeedSummaryTest {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private static List<Article> story() {
    return List.of(Seeds.analyzed(0), Seeds.analyzed(1), Seeds.analyzed(2));
  }

  private static Article byId(List<Article> articles, String id) {
    return articles.stream().filter(a -> a.id().equals(id)).findFirst().orElseThrow();
  }

  /** Words as the analyzer counts them: TOKEN spans inside the sentence. */
  static int words(Article a, SummarySentence s) {
    int n = 0;
    for (Span t : a.spans(SpanKind.TOKEN)) if (t.start() >= s.start() && t.end() <= s.end()) n++;
    return n;
  }

  /** Normalized word set, no stemming: a check independent of the summarizer's own terms. */
  static Set<String> wordSet(Article a, SummarySentence s) {
    Set<String> out = new HashSet<>();
    for (Span t : a.spans(SpanKind.TOKEN)) {
      if (t.start() >= s.start() && t.end() <= s.end()) out.add(NORMALIZER.normalize(t.textOf(a.text())));
    }
    return out;
  }

  static void assertValid(List<Article> articles, List<SummarySentence> summary, SummaryOptions o) {
    assertTrue(summary.size() <= o.maxSentences(), summary.size() + " sentences");
    int total = 0;
    for (SummarySentence s : summary) {
      Article a = byId(articles, s.articleId());
      assertEquals(a.text().substring(s.start(), s.end()), s.text());
      assertTrue(a.spans(SpanKind.SENTENCE).contains(new Span(SpanKind.SENTENCE, s.start(), s.end())),
          "not a sentence span: " + s);
      total += words(a, s);
    }
    assertTrue(total <= o.maxWords(), total + " words");
  }

  @Test
  void seedStoryIsShortCitedAndFreeOfRepeats() {
    List<Article> story = story();
    SummaryOptions o = SummaryOptions.defaults();
    List<SummarySentence> summary = new StorySummarizer(o).summarize(story);
    assertValid(story, summary, o);
    assertTrue(summary.size() >= 3, "a 3-article story gets more than a line: " + summary);

    // No two picked sentences share half their (normalized, unstemmed) words.
    for (int i = 0; i < summary.size(); i++) {
      for (int j = i + 1; j < summary.size(); j++) {
        Set<String> a = wordSet(byId(story, summary.get(i).articleId()), summary.get(i));
        Set<String> b = wordSet(byId(story, summary.get(j).articleId()), summary.get(j));
        Set<String> shared = new HashSet<>(a);
        shared.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        assertTrue(shared.size() < 0.5 * union.size(), summary.get(i).text() + " ~ " + summary.get(j).text());
      }
    }
    // Kerry's two wire sentences are in 000 and (with "اليوم" / "(يعتبر)" edits) in 001; checked by hand
    // with grep: 002 has neither. Each may appear once at most.
    assertTrue(count(summary, "يرقى إلى جرائم ضد الإنسانية") <= 1, summary.toString());
    assertTrue(count(summary, "القصف العشوائي من قبل النظام ينتهك") <= 1, summary.toString());
    // The ten-country meeting: 000 "وفي باريس، عقدت عشر دول..." and 002 "بدأت عشر دول..." report it twice.
    assertTrue(count(summary, "عشر دول غربية وعربية") <= 1, summary.toString());
  }

  /**
   * Pinned after reading the output by hand: the story opens (undated articles keep the given order, so
   * 000 first) with 000's lead, Kerry calling the indiscriminate shelling war crimes, which 001 repeats
   * word for word: the lead of a wire story, central and doubly reported, is the sentence a reader needs.
   */
  @Test
  void seedStoryOpensWithKerrysWireLead() {
    List<Article> story = story();
    List<SummarySentence> summary = new StorySummarizer(SummaryOptions.defaults()).summarize(story);
    SummarySentence first = summary.get(0);
    assertEquals(story.get(0).id(), first.articleId());
    assertEquals(0, first.start());
    assertTrue(first.text().endsWith("داعيا روسيا إلى محاولة وقف ذلك."), first.text());
  }

  @Test
  void wireCopyInTwoArticlesIsSupported() {
    List<Article> story = story();
    List<Candidate> scored = new StorySummarizer(SummaryOptions.defaults()).scoredCandidates(story);
    Candidate kerry000 = scored.stream().filter(c -> c.article == 0 && c.start == 0).findFirst().orElseThrow();
    assertEquals(1, kerry000.support, "001 carries the same sentence");
    // 004's sentences are about another event: none of them has a copy among 000-002.
    List<Article> withOther = new ArrayList<>(story);
    withOther.add(Seeds.analyzed(4));
    for (Candidate c : new StorySummarizer(SummaryOptions.defaults()).scoredCandidates(withOther)) {
      if (c.article == 3) assertEquals(0, c.support, "004 sentence at " + c.start);
    }
  }

  @Test
  void aMarkedDuplicateIsNotASecondReport() {
    Article a = Seeds.analyzed(0);
    Article copy = Seeds.analyzed(1).withDuplicateOf(a.id());
    List<Candidate> scored =
        new StorySummarizer(SummaryOptions.defaults()).scoredCandidates(List.of(a, copy));
    for (Candidate c : scored) assertEquals(0, c.support, "sentence at " + c.start);
  }

  @Test
  void wordBudgetIsNeverExceeded() {
    List<Article> story = story();
    for (int budget : new int[] {10, 25, 40, 60, 120, 300}) {
      SummaryOptions o = new SummaryOptions(5, budget);
      assertValid(story, new StorySummarizer(o).summarize(story), o);
      assertValid(story, new LeadBaseline(o).summarize(story), o);
    }
    // 000's lead alone is 30 words (counted by hand on the file: "قال(1) وزير ... وقف(29) ذلك(30)."), so 29
    // cannot hold it and nothing is picked out of order to fill the gap before it; 30 holds exactly it.
    Article seed0 = Seeds.analyzed(0);
    assertTrue(new LeadBaseline(new SummaryOptions(5, 29)).summarize(List.of(seed0)).isEmpty());
    List<SummarySentence> exact = new LeadBaseline(new SummaryOptions(5, 30)).summarize(List.of(seed0));
    assertEquals(1, exact.size());
    assertEquals(30, words(seed0, exact.get(0)));
  }

  @Test
  void deterministicAndSingleDocumentEntryMatchesListOfOne() {
    StorySummarizer s = new StorySummarizer(SummaryOptions.defaults());
    assertEquals(s.summarize(story()), s.summarize(story()));
    Article seed4 = Seeds.analyzed(4);
    List<SummarySentence> single = s.summarize(seed4);
    assertEquals(s.summarize(List.of(seed4)), single);
    assertValid(List.of(seed4), single, SummaryOptions.defaults());
    assertTrue(!single.isEmpty());
  }

  private static long count(List<SummarySentence> summary, String phrase) {
    return summary.stream().filter(s -> s.text().replace('\n', ' ').contains(phrase)).count();
  }

  @Test
  void twoCopiesOfOneAlignedPassageAreNeverBothQuoted() {
    // 000 and 002 both carry the agency sentence on the ten countries meeting in Paris, 002 edited («بدأت
    // ... اجتماعاً أمس السبت في باريس» for «عقدت ... اجتماعا»). The passages the aligner finds between the
    // three seeds, given to the summarizer, must keep it from quoting two copies of one passage.
    List<Article> story = story();
    org.marsad.core.reuse.PassageAligner aligner =
        new org.marsad.core.reuse.PassageAligner(org.marsad.core.reuse.ReuseOptions.defaults());
    PassageCopies copies = new PassageCopies();
    int passages = 0;
    for (Article a : story) {
      for (Article b : story) {
        if (a.id().compareTo(b.id()) >= 0) continue;
        for (org.marsad.core.reuse.Passage p : aligner.align(reuseText(a), reuseText(b))) {
          copies.add(a.id(), p.sourceStart(), p.sourceEnd(), b.id(), p.targetStart(), p.targetEnd());
          passages++;
        }
      }
    }
    assertTrue(passages >= 3, passages + " passages");
    List<SummarySentence> summary = new StorySummarizer(SummaryOptions.defaults()).summarize(story, copies);
    assertValid(story, summary, SummaryOptions.defaults());
    for (SummarySentence x : summary) {
      for (SummarySentence y : summary) {
        if (x == y || x.articleId().equals(y.articleId())) continue;
        assertTrue(!copies.copies(x.articleId(), x.start(), x.end(), y.articleId(), y.start(), y.end()),
            "two copies of one passage: " + x.text() + " / " + y.text());
      }
    }
    // And the constraint bites: declaring the lead sentence a copy of every other article's sentences
    // leaves only the lead's article to quote from.
    SummarySentence lead = summary.get(0);
    CopiedText everything = (a, as, ae, b, bs, be) -> a.equals(lead.articleId()) || b.equals(lead.articleId());
    for (SummarySentence s : new StorySummarizer(SummaryOptions.defaults()).summarize(story, everything)) {
      assertEquals(lead.articleId(), s.articleId());
    }
  }

  private static org.marsad.core.reuse.ReuseText reuseText(Article a) {
    return org.marsad.core.reuse.ReuseText.of(a.text(), a.spans(SpanKind.TOKEN), a.spans(SpanKind.SENTENCE));
  }
}
