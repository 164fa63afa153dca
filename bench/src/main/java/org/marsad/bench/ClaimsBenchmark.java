package org.marsad.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.dates.DateMentionFinder;
import org.marsad.core.figures.FigureExtractor;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.core.quotes.QuoteExtractor;
import org.marsad.core.timeline.TimelineBuilder;
import org.marsad.ner.EntityAnnotator;

/**
 * marsad bench claims: what extracting quotes, figures and dated statements costs, against the baseline of
 * the analysis and entity tagging every article gets at ingest, on the same articles and threads. Each stage
 * runs once untimed first.
 */
public final class ClaimsBenchmark {

  private ClaimsBenchmark() {}

  public static Map<String, Object> run(List<Path> inputs, int maxArticles, int threads) throws Exception {
    List<RawArticle> raws = NerBenchmark.read(inputs, maxArticles);
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    EntityAnnotator entities = new EntityAnnotator();
    QuoteExtractor quotes = new QuoteExtractor();
    FigureExtractor figures = new FigureExtractor();
    TimelineBuilder timeline = new TimelineBuilder();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Article> articles = Parallel.map(pool, threads, raws, r -> entities.addTo(analyzer.analyze(r)));
      double baseline = Parallel.timeWarm(pool, threads, raws, r -> entities.addTo(analyzer.analyze(r)));
      double q = Parallel.timeWarm(pool, threads, articles, quotes::extract);
      double f = Parallel.timeWarm(pool, threads, articles, figures::extract);
      double t = Parallel.timeWarm(pool, threads, articles, a -> timeline.build(List.of(a)));
      long quoteCount = 0, figureCount = 0;
      for (List<?> l : Parallel.map(pool, threads, articles, quotes::extract)) quoteCount += l.size();
      for (List<?> l : Parallel.map(pool, threads, articles, figures::extract)) figureCount += l.size();
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", articles.size());
      m.put("threads", threads);
      m.put("quotes", quoteCount);
      m.put("figures", figureCount);
      m.put("analysis_and_ner_s", round(baseline));
      m.put("quotes_s", round(q));
      m.put("figures_s", round(f));
      m.put("timeline_s", round(t));
      m.put("claims_s", round(q + f + t));
      m.put("claims_to_analysis_and_ner", round((q + f + t) / baseline));
      return m;
    } finally {
      pool.shutdownNow();
    }
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
