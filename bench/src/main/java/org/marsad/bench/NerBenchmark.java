package org.marsad.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.core.model.SpanKind;
import org.marsad.ner.ArticleEntities;
import org.marsad.ner.BundledResources;
import org.marsad.ner.NerTagger;
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
    ThreadLocal<ArticleEntities> ner = ThreadLocal.withInitial(
        () -> new ArticleEntities(new NerTagger(BundledResources.model()), BundledResources.clitics(),
            BundledResources.glued()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Article> articles = map(pool, threads, raws, analyzer::analyze);
      long tokens = 0;
      for (Article a : articles) tokens += a.spans(SpanKind.TOKEN).size();
      double analysis = timeWarm(pool, threads, raws, analyzer::analyze);
      double tagging = timeWarm(pool, threads, articles, a -> ner.get().find(a));
      double single = timeWarm(pool, 1, articles.subList(0, Math.min(2000, articles.size())), a -> ner.get().find(a));
      long singleTokens = 0;
      for (Article a : articles.subList(0, Math.min(2000, articles.size()))) singleTokens += a.spans(SpanKind.TOKEN).size();
      long mentions = 0;
      for (List<?> found : map(pool, threads, articles, a -> ner.get().find(a))) mentions += found.size();

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

  private static List<RawArticle> read(List<Path> inputs, int max) throws Exception {
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

  /** Runs {@code f} over every item twice; returns the seconds of the second pass. */
  private static <T, R> double timeWarm(ExecutorService pool, int threads, List<T> items, Function<T, R> f)
      throws Exception {
    map(pool, threads, items, f);
    long start = System.nanoTime();
    map(pool, threads, items, f);
    return (System.nanoTime() - start) / 1e9;
  }

  private static <T, R> List<R> map(ExecutorService pool, int threads, List<T> items, Function<T, R> f)
      throws Exception {
    List<Future<List<R>>> parts = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      List<T> slice = items.subList(items.size() * t / threads, items.size() * (t + 1) / threads);
      parts.add(pool.submit(() -> {
        List<R> out = new ArrayList<>(slice.size());
        for (T item : slice) out.add(f.apply(item));
        return out;
      }));
    }
    List<R> out = new ArrayList<>(items.size());
    for (Future<List<R>> p : parts) out.addAll(p.get());
    return out;
  }

  private static double round(double v) {
    return Math.round(v * 100) / 100.0;
  }
}
