package org.marsad.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.stories.EventClusterer;
import org.marsad.core.stories.EventSummaryRow;
import org.marsad.core.summary.StorySummarizer;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.IngestListener;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingester;
import org.marsad.store.ArticleRow;
import org.marsad.store.ArticleStore;

/**
 * marsad bench stories: what clustering and summaries cost on top of the ingest, at growing corpus sizes,
 * to show the cost grows about linearly. The corpus is ingested once; then, for each size n, the first n
 * articles in publication order are clustered from scratch and every story is summarised, after one
 * untimed warm-up pass. Reading the
 * articles back from the store is timed apart, as it is the same for any stage that reads them.
 */
public final class StoriesBenchmark {

  private StoriesBenchmark() {}

  public static Map<String, Object> run(List<Path> inputs, Path dataDir, List<Integer> sizes) throws Exception {
    boolean temporary = dataDir == null;
    Path dir = temporary ? Files.createTempDirectory("marsad-bench-stories") : dataDir;
    try {
      try (ArticleStore store = ArticleStore.open(dir)) {
        new Ingester(store, IngestOptions.defaults(), IngestListener.NONE).ingest(inputs);
      }
      List<Map<String, Object>> points = new ArrayList<>();
      try (ArticleStore store = ArticleStore.openReadOnly(dir)) {
        List<ArticleRow> rows = store.list(0, (int) store.count());
        // One untimed pass over the smallest size first: the JIT compiles the clusterer and summarizer
        // there, so the first timed size is not charged for it and the scaling is read on compiled code.
        point(store, rows.subList(0, Math.min(sizes.get(0), rows.size())));
        for (int size : sizes) {
          int n = Math.min(size, rows.size());
          points.add(point(store, rows.subList(0, n)));
          if (n == rows.size()) break;
        }
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("points", points);
      Map<String, Object> last = points.get(points.size() - 1);
      Map<String, Object> first = points.get(0);
      double perArticleFirst = (double) first.get("stories_s") / (int) first.get("articles");
      double perArticleLast = (double) last.get("stories_s") / (int) last.get("articles");
      // 1.0 means perfectly linear; all-pairs work would make it grow with the size ratio.
      m.put("per_article_cost_ratio_last_to_first", round(perArticleLast / perArticleFirst, 2));
      return m;
    } finally {
      if (temporary) IngestBenchmark.deleteTree(dir);
    }
  }

  private static Map<String, Object> point(ArticleStore store, List<ArticleRow> rows) throws Exception {
    long readNanos = 0;
    long clusterNanos = 0;
    long summaryNanos = 0;
    EventClusterer clusterer = new EventClusterer(ClusteringOptions.defaults());
    int merges = 0;
    for (ArticleRow row : rows) {
      long t0 = System.nanoTime();
      Article a = store.get(row.id()).orElseThrow();
      long t1 = System.nanoTime();
      merges += clusterer.add(a).mergedEvents().size();
      long t2 = System.nanoTime();
      readNanos += t1 - t0;
      clusterNanos += t2 - t1;
    }
    List<EventSummaryRow> events = clusterer.events();
    StorySummarizer summarizer = new StorySummarizer(SummaryOptions.defaults());
    for (EventSummaryRow event : events) {
      List<String> ids = event.articleIds();
      List<Article> articles = new ArrayList<>(ids.size());
      long t0 = System.nanoTime();
      for (String id : ids) articles.add(store.get(id).orElseThrow());
      long t1 = System.nanoTime();
      summarizer.summarize(articles);
      readNanos += t1 - t0;
      summaryNanos += System.nanoTime() - t1;
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("articles", rows.size());
    p.put("events", events.size());
    p.put("merged_events", merges);
    p.put("cluster_s", round(clusterNanos / 1e9, 2));
    p.put("summary_s", round(summaryNanos / 1e9, 2));
    p.put("stories_s", round((clusterNanos + summaryNanos) / 1e9, 2));
    p.put("read_back_s", round(readNanos / 1e9, 2));
    p.put("us_per_article", round((clusterNanos + summaryNanos) / 1e3 / rows.size(), 1));
    return p;
  }

  private static double round(double v, int places) {
    double f = Math.pow(10, places);
    return Math.round(v * f) / f;
  }
}
