package org.marsad.ingest;

import org.marsad.readers.ReaderOptions;

/**
 * How an ingest run behaves.
 *
 * @param commitEvery articles between two commits: a run killed mid-way keeps everything up to the last one
 * @param threads analysis workers (the reader and the store writer have a thread each besides)
 * @param repeatedLineMinArticles a short line found in at least this many articles of one outlet is boilerplate
 * @param repeatedLineMaxChars only lines up to this length count as repeated-line boilerplate; longer shared
 *     passages are copied text, which the reuse stage handles, not page furniture
 * @param skipKnownSources an article whose outlet and source id are stored already counts as a duplicate
 *     before it is analysed, so re-reading a watched feed or folder costs only the reading; off for a plain
 *     ingest, where analysing duplicates too lets a run complete the boilerplate pass of a killed one
 */
public record IngestOptions(
    ReaderOptions readerOptions,
    int commitEvery,
    int threads,
    int repeatedLineMinArticles,
    int repeatedLineMaxChars,
    boolean skipKnownSources) {

  public IngestOptions {
    if (commitEvery < 1) throw new IllegalArgumentException("commitEvery must be >= 1");
    if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
    if (repeatedLineMinArticles < 2) throw new IllegalArgumentException("repeatedLineMinArticles must be >= 2");
  }

  public static IngestOptions defaults() {
    return new IngestOptions(ReaderOptions.defaults(), 5000,
        Math.max(1, Runtime.getRuntime().availableProcessors()), 5, 300, false);
  }

  public IngestOptions withReaderOptions(ReaderOptions r) {
    return new IngestOptions(r, commitEvery, threads, repeatedLineMinArticles, repeatedLineMaxChars, skipKnownSources);
  }

  public IngestOptions withCommitEvery(int n) {
    return new IngestOptions(readerOptions, n, threads, repeatedLineMinArticles, repeatedLineMaxChars, skipKnownSources);
  }

  public IngestOptions withThreads(int n) {
    return new IngestOptions(readerOptions, commitEvery, n, repeatedLineMinArticles, repeatedLineMaxChars, skipKnownSources);
  }

  public IngestOptions withSkipKnownSources(boolean skip) {
    return new IngestOptions(readerOptions, commitEvery, threads, repeatedLineMinArticles, repeatedLineMaxChars, skip);
  }
}
