package org.marsad.eval.summaries;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.eval.metrics.Rouge;
import org.marsad.eval.metrics.RougeText;

/**
 * Scores single-document summarizers on EASC with ROUGE-1, ROUGE-2 and ROUGE-L F1 (see {@link Rouge} for the
 * definitions and the pooling over the five references), averaged over the articles (macro average), next
 * to the greedy ROUGE-2 oracle, which is always computed and reported last.
 *
 * <p>Word budget per article: the mean length in words of its references, rounded (words as
 * {@link RougeText} counts them). EASC's summarisers chose up to half the sentences, so the budget follows
 * each article instead of a fixed length.
 *
 * <p>Each EASC article is analysed as a plain-text file would be: {@code ArticleAnalyzer.analyze} of a
 * RawArticle with the topic as source id, "easc" as outlet and format "text".
 */
public final class SummariesEvaluation {

  public static final String LEAD_BASELINE = "lead";
  public static final String ORACLE = "oracle";

  /**
   * One system's mean scores.
   *
   * @param meanWords mean summary length in words
   * @param rouge2ToOracle rouge2 divided by the oracle's rouge2 (1 for the oracle itself)
   */
  public record SystemRouge(String name, double rouge1, double rouge2, double rougeL, double meanWords,
      double rouge1ToOracle, double rouge2ToOracle, double rougeLToOracle) {}

  /** @param meanBudget mean word budget over the articles */
  public record Report(String corpus, int articles, double meanBudget, List<SystemRouge> systems) {
    public Report {
      systems = List.copyOf(systems);
    }

    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "summaries: %d articles, mean budget %.1f words, ROUGE F1%n",
          articles, meanBudget));
      sb.append(String.format(Locale.ROOT, "%-20s %7s %7s %7s %7s  %s%n",
          "system", "R-1", "R-2", "R-L", "words", "R-2/oracle"));
      for (SystemRouge s : systems) {
        sb.append(String.format(Locale.ROOT, "%-20s %7.4f %7.4f %7.4f %7.1f  %.3f%n", s.name(), s.rouge1(),
            s.rouge2(), s.rougeL(), s.meanWords(), s.rouge2ToOracle()));
      }
      return sb.toString();
    }
  }

  private SummariesEvaluation() {}

  public static Map<String, SingleDocSummarizer> baselines() {
    Map<String, SingleDocSummarizer> out = new LinkedHashMap<>();
    out.put(LEAD_BASELINE, new LeadSummarizer());
    return out;
  }

  public static Report run(Path eascDir, Map<String, SingleDocSummarizer> systems) throws IOException {
    return score(Easc.read(eascDir), systems, eascDir.toString());
  }

  public static Report score(List<Easc.EascArticle> corpus, Map<String, SingleDocSummarizer> systems,
      String corpusName) {
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    int n = systems.size();
    double[][] sums = new double[n + 1][4]; // r1, r2, rL, words; row n is the oracle
    double budgetSum = 0;
    for (Easc.EascArticle e : corpus) {
      Article article = analyzer.analyze(
          new RawArticle(e.id(), "easc", null, null, null, e.text(), false, e.name(), "text"));
      List<RougeText> refs = new ArrayList<>();
      double refWords = 0;
      for (String r : e.references()) {
        RougeText t = RougeText.of(r);
        refs.add(t);
        refWords += t.size();
      }
      int budget = (int) Math.round(refWords / refs.size());
      budgetSum += budget;
      int k = 0;
      for (SingleDocSummarizer s : systems.values()) add(sums[k++], s.summarize(article, budget), refs);
      add(sums[n], new OracleSummarizer(refs).summarize(article, budget), refs);
    }
    int count = Math.max(1, corpus.size());
    double[] oracle = mean(sums[n], count);
    List<SystemRouge> out = new ArrayList<>();
    int k = 0;
    for (String name : systems.keySet()) out.add(row(name, mean(sums[k++], count), oracle));
    out.add(row(ORACLE, oracle, oracle));
    return new Report(corpusName, corpus.size(), budgetSum / count, out);
  }

  private static void add(double[] sum, List<String> summary, List<RougeText> refs) {
    RougeText cand = RougeText.ofSentences(summary);
    sum[0] += Rouge.n(1, cand, refs).f1();
    sum[1] += Rouge.n(2, cand, refs).f1();
    sum[2] += Rouge.l(cand, refs).f1();
    sum[3] += cand.size();
  }

  private static double[] mean(double[] sum, int count) {
    double[] m = new double[sum.length];
    for (int i = 0; i < sum.length; i++) m[i] = sum[i] / count;
    return m;
  }

  private static SystemRouge row(String name, double[] m, double[] oracle) {
    return new SystemRouge(name, m[0], m[1], m[2], m[3], ratio(m[0], oracle[0]), ratio(m[1], oracle[1]),
        ratio(m[2], oracle[2]));
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0 : a / b;
  }
}
