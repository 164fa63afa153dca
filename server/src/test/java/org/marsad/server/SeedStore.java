package org.marsad.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.IngestOptions;
import org.marsad.ingest.Ingester;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.store.ArticleStore;

/** A store analyzed from the seeds, as `marsad analyze samples/aleppo-2016` makes it. */
final class SeedStore {

  private SeedStore() {}

  static Path analyzed(Path dataDir) throws Exception {
    try (ArticleStore store = ArticleStore.open(dataDir)) {
      new Ingester(store, IngestOptions.defaults(), null).ingest(List.of(seeds()));
      new ReuseBuilder(ReuseOptions.defaults()).update(store);
      new StoryBuilder(ClusteringOptions.defaults(), SummaryOptions.defaults()).update(store);
    }
    return dataDir;
  }

  /** samples/aleppo-2016 of the repository: surefire passes the root; otherwise walk up to it. */
  static Path seeds() {
    String p = System.getProperty("marsad.repo");
    Path dir = p != null ? Path.of(p) : Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) dir = dir.getParent();
    if (dir == null) throw new IllegalStateException("cannot find the repository root");
    return dir.resolve("samples/aleppo-2016");
  }
}
