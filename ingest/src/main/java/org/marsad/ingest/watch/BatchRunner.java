package org.marsad.ingest.watch;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.store.ArticleStore;

/**
 * Runs one pass: polls the feeds that are due, checks the folders, ingests what is new, and when anything
 * was stored brings text reuse and then the stories up to date, as {@code analyze} does after its ingest.
 * One batch of analysis per pass, however many sources brought articles, so a busy minute costs one
 * story update. Single-threaded: the watch loop's thread is the store's one writer.
 */
public final class BatchRunner {

  private final ArticleStore store;
  private final Ingester ingester;
  private final List<FeedPoller> feeds;
  private final List<FolderWatcher> folders;
  private final ReuseBuilder reuse;
  private final StoryBuilder stories;
  private boolean caughtUp;

  public BatchRunner(ArticleStore store, Ingester ingester, List<FeedPoller> feeds, List<FolderWatcher> folders,
      ReuseBuilder reuse, StoryBuilder stories) {
    this.store = store;
    this.ingester = ingester;
    this.feeds = List.copyOf(feeds);
    this.folders = List.copyOf(folders);
    this.reuse = reuse;
    this.stories = stories;
  }

  /** One pass over the sources: feeds only when due. Source failures are in the batch; store failures throw. */
  public WatchBatch pass() throws IOException {
    return pass(true);
  }

  /** A pass over the folders only: a second look at files that were still being written. */
  public WatchBatch passFolders() throws IOException {
    return pass(false);
  }

  private WatchBatch pass(boolean pollFeeds) throws IOException {
    long start = System.nanoTime();
    List<SourcePass> passes = new ArrayList<>();
    for (FeedPoller feed : feeds) {
      if (pollFeeds && feed.isDue()) passes.add(feed.poll(ingester));
    }
    for (FolderWatcher folder : folders) passes.add(folder.pass(ingester));
    ReuseBuilder.Result reused = null;
    StoryBuilder.Result storied = null;
    long stored = 0;
    for (SourcePass p : passes) stored += p.stored();
    // The first pass analyses whatever happens: a watch killed between its ingest and its story update, or an
    // ingest run without analyze, left articles no story holds, and they should not wait for the next news.
    if (stored > 0 || (!caughtUp && store.count() > 0)) {
      caughtUp = true;
      // Reuse first: the stories list the passages their articles share.
      reused = reuse.update(store);
      storied = stories.update(store);
    }
    return new WatchBatch(passes, reused, storied, (System.nanoTime() - start) / 1e9);
  }

  /** Files in the folders seen but not yet complete (still being written at the last check). */
  public List<String> pendingFiles() {
    List<String> out = new ArrayList<>();
    for (FolderWatcher f : folders) {
      for (var p : f.pendingFiles()) out.add(p.toString());
    }
    return out;
  }
}
