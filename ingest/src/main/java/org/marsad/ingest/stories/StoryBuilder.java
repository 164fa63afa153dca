package org.marsad.ingest.stories;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.core.model.Article;
import org.marsad.core.stories.Assignment;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.stories.EventClusterer;
import org.marsad.core.summary.StorySummarizer;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.core.summary.SummarySentence;
import org.marsad.store.ArticleRow;
import org.marsad.store.ArticleStore;

/**
 * Brings a store's stories up to date: the articles no story holds yet are clustered in publication order
 * (ingest order where the date is unknown), continuing from the saved clusterer state, and only the stories
 * that gained articles get a new summary. The result is saved with {@link StoryFile}.
 */
public final class StoryBuilder {

  /** What one update did. */
  public record Result(int articlesClustered, int storiesChanged, List<Story> stories, double seconds) {}

  private final ClusteringOptions clustering;
  private final StorySummarizer summarizer;

  public StoryBuilder(ClusteringOptions clustering, SummaryOptions summary) {
    this.clustering = clustering;
    this.summarizer = new StorySummarizer(summary);
  }

  public Result update(ArticleStore store) throws IOException {
    long start = System.nanoTime();
    StoryFile.Contents saved = StoryFile.read(store.dataDir());
    EventClusterer clusterer = saved == null
        ? new EventClusterer(clustering)
        : new EventClusterer(clustering, saved.clusterer());

    Map<String, Story> stories = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    Map<String, String> storylines = new HashMap<>();
    Set<String> assigned = new HashSet<>();
    if (saved != null) {
      for (Story s : saved.stories()) {
        stories.put(s.id(), s);
        storylines.put(s.id(), s.storyline());
        List<String> ids = new ArrayList<>();
        for (Story.StoryArticle a : s.articles()) {
          ids.add(a.id());
          assigned.add(a.id());
        }
        members.put(s.id(), ids);
      }
    }

    // The store lists by publication date, unknown dates last, ties in ingest order: the clustering order.
    List<ArticleRow> rows = store.list(0, (int) Math.min(Integer.MAX_VALUE - 1L, store.count()));
    Map<String, Integer> order = new HashMap<>();
    Set<String> changed = new LinkedHashSet<>();
    int clustered = 0;
    for (ArticleRow row : rows) {
      order.put(row.id(), order.size());
      if (assigned.contains(row.id())) continue;
      Article article = store.get(row.id()).orElseThrow(() -> new IOException("article vanished: " + row.id()));
      Assignment a = clusterer.add(article);
      members.computeIfAbsent(a.eventId(), k -> new ArrayList<>()).add(article.id());
      storylines.put(a.eventId(), a.storylineId());
      changed.add(a.eventId());
      clustered++;
    }

    for (String eventId : changed) {
      List<Article> articles = new ArrayList<>();
      for (String id : members.get(eventId)) {
        articles.add(store.get(id).orElseThrow(() -> new IOException("article vanished: " + id)));
      }
      articles.sort(Comparator.comparingInt(a -> order.getOrDefault(a.id(), Integer.MAX_VALUE)));
      stories.put(eventId, StoryAssembler.assemble(eventId, storylines.get(eventId), articles,
          summarizer.summarize(articles)));
    }

    List<Story> all = new ArrayList<>(stories.values());
    all.sort(StoryAssembler.MOST_RECENT_FIRST);
    StoryFile.write(store.dataDir(), new StoryFile.Contents(StoryFile.FORMAT, clusterer.state(), all));
    return new Result(clustered, changed.size(), all, (System.nanoTime() - start) / 1e9);
  }
}
