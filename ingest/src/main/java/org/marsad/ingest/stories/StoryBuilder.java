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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.core.model.Article;
import org.marsad.ingest.entities.EntityLinks;
import org.marsad.ingest.entities.StoryEntities;
import org.marsad.core.stories.Assignment;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.stories.EventClusterer;
import org.marsad.core.summary.StorySummarizer;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.store.ArticleRow;
import org.marsad.store.ArticleStore;

/**
 * Brings a store's stories up to date: the articles no story holds yet are clustered in publication order
 * (ingest order where the date is unknown), continuing from the saved clusterer state, and only the stories
 * that gained articles get a new summary. When the clusterer merges two events, the older story takes the
 * other's articles (and gets a new summary), the other story is gone and its id is listed in the older one's
 * {@code merged_ids}; stories whose storyline was merged into an older one take that storyline's id. The
 * result is saved with {@link StoryFile}.
 */
public final class StoryBuilder {

  /** What one update did. */
  public record Result(int articlesClustered, int storiesChanged, List<Story> stories, double seconds) {}

  /** Articles read ahead of the clusterer: enough to hide the reads, few enough to bound memory. */
  private static final int READ_AHEAD = 64;

  private final ClusteringOptions clustering;
  private final StorySummarizer summarizer;

  public StoryBuilder(ClusteringOptions clustering, SummaryOptions summary) {
    this.clustering = clustering;
    this.summarizer = new StorySummarizer(summary);
  }

  public Result update(ArticleStore store) throws IOException {
    long start = System.nanoTime();
    StoryFile.Contents saved;
    try {
      saved = StoryFile.readForUpdate(store.dataDir());
    } catch (IOException e) {
      // Damaged or from an older format: stories are derived data, so they are rebuilt from the articles.
      saved = null;
    }
    EventClusterer clusterer = saved == null
        ? new EventClusterer(clustering)
        : new EventClusterer(clustering, saved.clusterer());
    EntityLinks entities = saved == null ? new EntityLinks() : saved.entities();

    Map<String, Story> stories = new LinkedHashMap<>();
    Map<String, List<String>> members = new LinkedHashMap<>();
    Set<String> assigned = new HashSet<>();
    if (saved != null) {
      for (Story s : saved.stories()) {
        stories.put(s.id(), s);
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
    List<String> toCluster = new ArrayList<>();
    for (ArticleRow row : rows) {
      order.put(row.id(), order.size());
      if (!assigned.contains(row.id())) toCluster.add(row.id());
    }
    Set<String> changed = new LinkedHashSet<>();
    // Reading an article back (stored fields, spans) is a third of the work: one thread reads ahead while
    // this one clusters, in the same order.
    ExecutorService reader = Executors.newSingleThreadExecutor();
    try {
      java.util.ArrayDeque<Future<Article>> ahead = new java.util.ArrayDeque<>();
      int next = 0;
      for (int i = 0; i < toCluster.size(); i++) {
        while (next < toCluster.size() && ahead.size() < READ_AHEAD) {
          String id = toCluster.get(next++);
          ahead.add(reader.submit(() -> store.get(id).orElseThrow(() -> new IOException("article vanished: " + id))));
        }
        Article article = ahead.poll().get();
        Assignment a = clusterer.add(article);
        entities.add(article);
        List<String> into = members.computeIfAbsent(a.eventId(), k -> new ArrayList<>());
        for (String gone : a.mergedEvents()) {
          List<String> moved = members.remove(gone);
          if (moved != null) into.addAll(moved);
          stories.remove(gone);
          changed.remove(gone);
        }
        into.add(article.id());
        changed.add(a.eventId());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while clustering", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("reading articles failed", e.getCause());
    } finally {
      reader.shutdownNow();
    }
    int clustered = toCluster.size();

    // Reuse was found before the stories (analyze runs it first): summaries avoid quoting two copies.
    StoryReuse reuse = StoryReuse.read(store.dataDir());
    // Summaries are independent of each other: one task per changed story, on every processor, assembled
    // back in a fixed order so the result does not depend on scheduling.
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      Map<String, Future<Story>> built = new LinkedHashMap<>();
      for (String eventId : changed) {
        List<String> ids = members.get(eventId);
        String storyline = clusterer.storylineOf(eventId);
        List<String> mergedIds = clusterer.mergedIds(eventId);
        built.put(eventId, pool.submit(() -> {
          List<Article> articles = new ArrayList<>(ids.size());
          for (String id : ids) {
            articles.add(store.get(id).orElseThrow(() -> new IOException("article vanished: " + id)));
          }
          articles.sort(Comparator.comparingInt(a -> order.getOrDefault(a.id(), Integer.MAX_VALUE)));
          return StoryAssembler.assemble(eventId, storyline, mergedIds, articles, summarizer.summarize(articles, reuse.copiedText()),
              StoryEntities.of(articles, entities), StoryClaims.of(articles, entities));
        }));
      }
      for (Map.Entry<String, Future<Story>> e : built.entrySet()) stories.put(e.getKey(), e.getValue().get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while summarising", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("summarising failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }

    // A merge of two storylines moves every event of the younger one, changed or not; an unchanged story
    // gets its entities' names as the corpus knows them now.
    for (Map.Entry<String, Story> e : stories.entrySet()) {
      Story s = e.getValue();
      String storyline = clusterer.storylineOf(e.getKey());
      if (!storyline.equals(s.storyline())) s = s.withStoryline(storyline);
      if (!changed.contains(s.id())) s = s.withEntities(StoryEntities.renamed(s.entities(), entities.resolver()));
      e.setValue(s);
    }
    List<Story> all = new ArrayList<>(stories.size());
    for (Story s : stories.values()) all.add(s.withReuse(reuse.of(s)));
    all.sort(StoryAssembler.MOST_RECENT_FIRST);
    StoryFile.write(store.dataDir(), all, clusterer.state(), entities);
    return new Result(clustered, changed.size(), all, (System.nanoTime() - start) / 1e9);
  }
}
