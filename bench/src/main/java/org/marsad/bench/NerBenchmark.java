package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.core.model.SpanKind;
import org.marsad.ner.EntityAnnotator;
import org.marsad.readers.ReadListener;
import org.marsad.readers.ReaderOptions;
import org.marsad.readers.SourceReader;

/**
 * marsad bench ner: what named-entity tagging costs, against the baseline of the analysis every article gets
 * anyway (paragraphs, boilerplate, sentences, tokens, dates), on the same articles and threads in the same
 * run. Each stage runs once untimed, so both are timed on compiled code.
 */
public final class NerBenchmark {

  private NerBenchmark() {}

  public static Map<String, Object> run(List<Path> inputs, int maxArticles, int threads) throws Exception {
    List<RawArticle> raws = read(inputs, maxArticles);
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    EntityAnnotator ner = new EntityAnnotator(); // the step ingest runs, one tagger per thread
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Article> articles = Parallel.map(pool, threads, raws, analyzer::analyze);
      long tokens = 0;
      for (Article a : articles) tokens += a.spans(SpanKind.TOKEN).size();
      double analysis = Parallel.timeWarm(pool, threads, raws, analyzer::analyze);
      double tagging = Parallel.timeWarm(pool, threads, articles, ner::addTo);
      double single = Parallel.timeWarm(pool, 1, articles.subList(0, Math.min(2000, articles.size())), ner::addTo);
      long singleTokens = 0;
      for (Article a : articles.subList(0, Math.min(2000, articles.size()))) singleTokens += a.spans(SpanKind.TOKEN).size();
      long mentions = 0;
      for (Article tagged : Parallel.map(pool, threads, articles, ner::addTo)) mentions += tagged.spans(SpanKind.ENTITY).size();

      Map<String, Object> m = new LinkedHashMap<>();
      m.put("articles", articles.size());
      m.put("tokens", tokens);
      m.put("mentions", mentions);
      m.put("threads", threads);
      m.put("analysis_s", round(analysis));
      m.put("ner_s", round(tagging));
      m.put("ner_tokens_per_s", Math.round(tokens / tagging));
      m.put("ner_tokens_per_s_one_thread", Math.round(singleTokens / single));
      m.put("ner_to_analysis", round(tagging / analysis));
      return m;
    } finally {
      pool.shutdownNow();
    }
  }

  static List<RawArticle> read(List<Path> inputs, int max) throws Exception {
    List<RawArticle> out = new ArrayList<>();
    SourceReader reader = new SourceReader(ReaderOptions.defaults());
    ReadListener listener = new ReadListener() {
      @Override
      public void article(RawArticle a) {
        if (out.size() < max) out.add(a);
      }

      @Override
      public void skipped(String origin, String reason, String detail) {}
    };
    for (Path p : inputs) {
      if (out.size() >= max) break;
      reader.read(p, listener);
    }
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
