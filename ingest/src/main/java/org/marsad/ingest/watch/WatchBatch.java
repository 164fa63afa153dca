package org.marsad.ingest.watch;

import java.util.List;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.ingest.stories.StoryBuilder;

/**
 * One pass over every watched source, and the analysis it triggered.
 *
 * @param passes what each source did (only the sources that were checked)
 * @param reuse the text-reuse update, or null when nothing new was stored
 * @param stories the stories update, or null when nothing new was stored
 * @param seconds wall time of the pass
 */
public record WatchBatch(List<SourcePass> passes, ReuseBuilder.Result reuse, StoryBuilder.Result stories,
    double seconds) {

  public long stored() {
    long n = 0;
    for (SourcePass p : passes) n += p.stored();
    return n;
  }
}
