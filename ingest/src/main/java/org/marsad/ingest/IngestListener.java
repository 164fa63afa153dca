package org.marsad.ingest;

import org.marsad.core.model.Article;

/** What an ingest run tells its caller as it goes. Every method is called from one thread at a time. */
public interface IngestListener {

  /** Before reading starts: the total input size, for a progress bar's ETA. */
  default void started(long totalBytes) {}

  /** After each input file: bytes read so far and articles seen so far. */
  default void progress(long bytesDone, long articlesSeen) {}

  /** A file or record was skipped; the run goes on. */
  default void skipped(Skip skip) {}

  /** An article was written to the store (its duplicateOf is set when it near-duplicates an earlier one). */
  default void stored(Article article) {}

  IngestListener NONE = new IngestListener() {};
}
