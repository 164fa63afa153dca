package org.marsad.store.index;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;

/**
 * Runs IndexWriter.addDocument on several threads. Inverting a document (analysis, postings, stored
 * fields) is most of the cost of storing an article, and IndexWriter indexes concurrently by design, so a
 * single writing thread would leave the other cores idle while it works.
 *
 * <p>The caller keeps deciding what to add, in order, on its own thread; this pool only does the heavy
 * part. {@link #awaitAll()} is the barrier for anything that must see every document: a reader refresh, a
 * commit, an update of a document that may still be in flight. At most {@code 4 x threads} documents wait
 * at once, so memory stays bounded when the caller is faster than the indexers.
 */
public final class IndexingPool implements Closeable {

  private final IndexWriter writer;
  private final ExecutorService threads; // null: index on the caller's thread
  private final Semaphore queued;
  private final Object idle = new Object();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicReference<Throwable> failure = new AtomicReference<>();

  public IndexingPool(IndexWriter writer, int threadCount) {
    this.writer = writer;
    if (threadCount <= 1) {
      this.threads = null;
      this.queued = null;
    } else {
      AtomicInteger n = new AtomicInteger();
      this.threads = Executors.newFixedThreadPool(threadCount, r -> {
        Thread t = new Thread(r, "marsad-index-" + n.incrementAndGet());
        t.setDaemon(true);
        return t;
      });
      this.queued = new Semaphore(threadCount * 4);
    }
  }

  /** Adds the document now or soon; a failure surfaces on this or a later call, never silently. */
  public void add(Document doc) throws IOException {
    rethrowFailure();
    if (threads == null) {
      writer.addDocument(doc);
      return;
    }
    queued.acquireUninterruptibly();
    inFlight.incrementAndGet();
    threads.execute(() -> {
      try {
        writer.addDocument(doc);
      } catch (Throwable t) {
        failure.compareAndSet(null, t);
      } finally {
        queued.release();
        if (inFlight.decrementAndGet() == 0) {
          synchronized (idle) {
            idle.notifyAll();
          }
        }
      }
    });
  }

  /** Returns once every document handed to {@link #add} is in the writer. */
  public void awaitAll() throws IOException {
    if (threads != null) {
      synchronized (idle) {
        while (inFlight.get() > 0) {
          try {
            idle.wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for documents to be indexed");
          }
        }
      }
    }
    rethrowFailure();
  }

  private void rethrowFailure() throws IOException {
    Throwable t = failure.get();
    if (t == null) return;
    if (t instanceof IOException io) throw new IOException("indexing failed: " + io.getMessage(), io);
    throw new IOException("indexing failed: " + t, t);
  }

  /** Waits for what is in flight, then stops the threads. */
  @Override
  public void close() throws IOException {
    try {
      awaitAll();
    } finally {
      if (threads != null) threads.shutdownNow();
    }
  }
}
