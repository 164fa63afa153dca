package org.marsad.store;

import static org.marsad.store.index.StoreFields.*;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.NativeFSLockFactory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.marsad.core.model.Article;
import org.marsad.core.model.SpanKind;
import org.marsad.store.analysis.ArabicSearchAnalyzer;
import org.marsad.store.codec.SignatureCodec;
import org.marsad.store.index.ArticleDocuments;
import org.marsad.store.index.IndexingPool;
import org.marsad.store.index.IndexScans;
import org.marsad.store.index.LineKeyCounts;
import org.marsad.store.index.WriterSettings;
import org.marsad.store.index.IndexScans.LeafDoc;
import org.marsad.store.search.ArticleSearcher;
import org.marsad.store.search.SearchFacets;
import org.marsad.store.search.SearchResults;

/**
 * The embedded article store: one Lucene index under {@code dataDir/index} holding every article
 * (text, metadata, spans), its MinHash signature and its line keys.
 *
 * <p>Visibility: a writable store's reads see every article added before the call, committed or
 * not (near-real-time readers); only {@link #commit()} makes them durable. A read-only store sees the
 * last commit made before it was opened, or before its last {@link #refresh()}.
 *
 * <p>Thread-safety: all methods are safe to call from any thread. Writes ({@code add, update,
 * commit}) and line-key lookups serialise on the store, so a single writer thread is the intended
 * use; {@code containsId} and {@code containsSource} read concurrent sets and never block; reads
 * (get, search, list, stats...) run in parallel on a point-in-time searcher.
 */
public final class ArticleStore implements Closeable {

  /**
   * Estimated bytes of pending (unrefreshed) writer state before add() refreshes anyway, bounding
   * memory. Reads refresh lazily, only when they need unrefreshed documents; a refresh forces
   * IndexWriter to flush a segment, so refreshing rarely keeps segments big and merges few.
   */
  static final long PENDING_LIMIT_BYTES = 64L << 20;

  /** Threads that invert documents for a writable store: one per processor. */
  static final int INDEXING_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private final Path dataDir;
  private final Path indexDir;
  private final FSDirectory directory;
  private final IndexWriter writer; // null when read-only
  private final IndexingPool indexing; // null when read-only
  private final SearcherManager searchers;
  private final Analyzer analyzer = new ArabicSearchAnalyzer();
  private final ArticleSearcher articleSearcher = new ArticleSearcher(analyzer);

  /** Every stored id; updated on add so containsId needs no index lookup. */
  private final Set<String> ids = ConcurrentHashMap.newKeySet();
  /** Source key to number of articles with it (an update may move an article to another key). */
  private final Map<String, Integer> sources = new ConcurrentHashMap<>();

  // Writer state, guarded by "this". The searcher manager's current reader is refreshed only under
  // this lock, so it always holds exactly the documents written before the last refresh, and these
  // maps hold what was written since.
  /** Articles added or updated since the last refresh, with what update() must keep. */
  private final Map<String, Kept> unrefreshed = new HashMap<>();
  /** Line key to ids of the articles added (not updated) since the last refresh. */
  private final Map<String, List<String>> newLineIds = new HashMap<>();
  /** Estimated heap held by unrefreshed and newLineIds, see {@link #PENDING_LIMIT_BYTES}. */
  private long pendingBytes;
  private volatile boolean dirty;
  private long nextSeq;
  private volatile boolean closed;

  /** What an update keeps from the stored article. */
  private record Kept(long seq, byte[] signature, List<String> lineKeys, String sourceKey, boolean added) {}

  private ArticleStore(Path dataDir, FSDirectory directory, IndexWriter writer) throws IOException {
    this.dataDir = dataDir;
    this.indexDir = dataDir.resolve("index");
    this.directory = directory;
    this.writer = writer;
    this.indexing = writer == null ? null : new IndexingPool(writer, INDEXING_THREADS);
    this.searchers =
        writer == null ? new SearcherManager(directory, null) : new SearcherManager(writer, null);
    loadKeys();
  }

  /**
   * Opens the store for writing, creating {@code dataDir/index} if missing. Holds an OS-level lock
   * (released even if the process is killed) until closed.
   *
   * @throws StoreInUseException when another process, or another open store, is writing to it
   */
  public static ArticleStore open(Path dataDir) throws IOException {
    Path indexDir = dataDir.resolve("index");
    Files.createDirectories(indexDir);
    FSDirectory directory = FSDirectory.open(indexDir, NativeFSLockFactory.INSTANCE);
    IndexWriter writer;
    try {
      boolean exists = DirectoryReader.indexExists(directory);
      writer = new IndexWriter(directory, WriterSettings.config(new ArabicSearchAnalyzer()));
      if (!exists) {
        // An empty first commit, so read-only opens work on a brand new store.
        writer.setLiveCommitData(commitData(0, 0).entrySet());
        writer.commit();
      }
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new StoreInUseException(dataDir, e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
    try {
      ArticleStore store = new ArticleStore(dataDir, directory, writer);
      store.nextSeq = Math.max(store.nextSeq, committedNextSeq(writer));
      return store;
    } catch (IOException | RuntimeException e) {
      writer.rollback();
      directory.close();
      throw e;
    }
  }

  /** Opens the last commit for reading; works while another process writes to the store. */
  public static ArticleStore openReadOnly(Path dataDir) throws IOException {
    Path indexDir = dataDir.resolve("index");
    if (!Files.isDirectory(indexDir)) throw new NoSuchFileException(indexDir + " (no store here)");
    FSDirectory directory = FSDirectory.open(indexDir);
    try {
      if (!DirectoryReader.indexExists(directory)) {
        throw new NoSuchFileException(indexDir + " (no committed store here)");
      }
      return new ArticleStore(dataDir, directory, null);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  public Path dataDir() {
    return dataDir;
  }

  public boolean isReadOnly() {
    return writer == null;
  }

  // ---------------------------------------------------------------- writes

  /**
   * Adds a new article.
   *
   * @param signature its MinHash signature, or null
   * @param lineKeys opaque keys (repeated lines...), indexed so {@link #lineFrequency} can count them
   * @throws IllegalArgumentException when an article with this id is already stored
   */
  public synchronized void add(Article a, long[] signature, Collection<String> lineKeys)
      throws IOException {
    ensureWritable();
    if (ids.contains(a.id())) {
      throw new IllegalArgumentException("article " + a.id() + " is already stored; use update()");
    }
    List<String> keys = distinct(lineKeys);
    byte[] sig = signature == null ? null : SignatureCodec.encode(signature);
    long seq = nextSeq;
    indexing.add(ArticleDocuments.toDocument(a, seq, sig, keys));
    nextSeq++;
    String source = sourceKey(a.outlet(), a.sourceId());
    ids.add(a.id());
    sources.merge(source, 1, Integer::sum);
    unrefreshed.put(a.id(), new Kept(seq, sig, keys, source, true));
    for (String key : keys) newLineIds.computeIfAbsent(key, k -> new ArrayList<>(2)).add(a.id());
    pendingBytes += pendingCost(a.id(), sig, keys);
    dirty = true;
    if (pendingBytes >= PENDING_LIMIT_BYTES) refreshLocked();
  }

  /**
   * Replaces the stored article with the same id (new text, spans, metadata), keeping its signature,
   * line keys and insertion order.
   *
   * @throws IllegalArgumentException when no article has this id
   */
  public synchronized void update(Article a) throws IOException {
    ensureWritable();
    indexing.awaitAll(); // an add of this very article may still be in flight
    Kept kept = unrefreshed.get(a.id());
    if (kept == null) kept = readKept(a.id());
    if (kept == null) throw new IllegalArgumentException("no stored article " + a.id() + " to update");
    writer.updateDocument(
        new Term(ID, a.id()),
        ArticleDocuments.toDocument(a, kept.seq(), kept.signature(), kept.lineKeys()));
    String source = sourceKey(a.outlet(), a.sourceId());
    if (!source.equals(kept.sourceKey())) {
      sources.merge(source, 1, Integer::sum);
      sources.computeIfPresent(kept.sourceKey(), (k, n) -> n == 1 ? null : n - 1);
    }
    Kept previous =
        unrefreshed.put(a.id(), new Kept(kept.seq(), kept.signature(), kept.lineKeys(), source, kept.added()));
    if (previous == null) pendingBytes += pendingCost(a.id(), kept.signature(), kept.lineKeys());
    dirty = true;
  }

  /**
   * Makes every change so far durable, atomically: after a crash at any moment (kill -9 included)
   * the store reopens at the previous or at this commit, never in between. Refreshes the searchers
   * only when much is pending; otherwise the next read that needs the new documents does.
   */
  public synchronized void commit() throws IOException {
    ensureWritable();
    indexing.awaitAll();
    writer.setLiveCommitData(commitData(nextSeq, ids.size()).entrySet());
    writer.commit();
    // Right after a commit a refresh flushes nothing new (the commit just did), so this is the cheap
    // moment to drop a large pending state rather than waiting for add() to hit the hard limit.
    if (pendingBytes >= PENDING_LIMIT_BYTES / 4) refreshLocked();
  }

  // ---------------------------------------------------------------- key lookups

  public boolean containsId(String id) {
    return ids.contains(id);
  }

  public boolean containsSource(String outlet, String sourceId) {
    return sources.containsKey(sourceKey(outlet, sourceId));
  }

  /** Number of stored articles, committed or not, that have this line key. */
  public synchronized int lineFrequency(String lineKey) throws IOException {
    ensureOpen();
    IndexSearcher searcher = searchers.acquire();
    try {
      int indexed = searcher.count(new TermQuery(new Term(LINE_KEY, lineKey)));
      return indexed + newLineIds.getOrDefault(lineKey, List.of()).size();
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * {@link #lineFrequency} for many keys at once: for each given key that at least one stored
   * article (committed or not) has, the number of such articles; keys no article has are absent.
   * Reads each segment's line-key terms once instead of running one query per key. An updated
   * article counts once.
   */
  public synchronized Map<String, Integer> lineFrequencies(Collection<String> keys) throws IOException {
    ensureOpen();
    Map<String, Integer> counts = new HashMap<>();
    if (keys.isEmpty()) return counts;
    Collection<String> unique = keys instanceof Set<?> ? keys : new HashSet<>(keys); // each counted once
    IndexSearcher searcher = searchers.acquire();
    try {
      LineKeyCounts.count(searcher.getIndexReader(), LINE_KEY, unique, counts);
    } finally {
      searchers.release(searcher);
    }
    // Added since the last refresh (updates are not listed here, so nothing counts twice).
    if (!newLineIds.isEmpty()) {
      for (String key : unique) {
        List<String> added = newLineIds.get(key);
        if (added != null) counts.merge(key, added.size(), Integer::sum);
      }
    }
    return counts;
  }

  /** Ids of the stored articles that have this line key, in insertion order. */
  public synchronized List<String> idsWithLineKey(String lineKey) throws IOException {
    ensureOpen();
    List<long[]> seqs = new ArrayList<>(); // {seq, index into found}
    List<String> found = new ArrayList<>();
    IndexSearcher searcher = searchers.acquire();
    try {
      IndexScans.forEachMatch(searcher, new TermQuery(new Term(LINE_KEY, lineKey)), (leaf, doc) -> {
        seqs.add(new long[] {IndexScans.numericValue(leaf, doc, SEQ, Long.MAX_VALUE), found.size()});
        found.add(IndexScans.sortedValue(leaf, doc, ID));
      });
    } finally {
      searchers.release(searcher);
    }
    seqs.sort(Comparator.comparingLong(s -> s[0]));
    List<String> out = new ArrayList<>(found.size());
    for (long[] s : seqs) out.add(found.get((int) s[1]));
    // Added since the last refresh: newer than everything in the reader, kept in add order.
    out.addAll(newLineIds.getOrDefault(lineKey, List.of()));
    return out;
  }

  // ---------------------------------------------------------------- reads

  /** The full article, spans included, exactly as added or last updated. */
  public Optional<Article> get(String id) throws IOException {
    ensureOpen();
    if (!ids.contains(id)) return Optional.empty();
    synchronized (this) {
      if (unrefreshed.containsKey(id)) refreshLocked();
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      LeafDoc found = IndexScans.findById(searcher, id);
      if (found == null) return Optional.empty();
      return Optional.of(ArticleDocuments.fromStored(searcher.storedFields().document(found.globalDoc())));
    } finally {
      searchers.release(searcher);
    }
  }

  /** The article's MinHash signature, empty when unknown id or none was given. */
  public Optional<long[]> signature(String id) throws IOException {
    ensureOpen();
    if (!ids.contains(id)) return Optional.empty();
    synchronized (this) {
      Kept kept = unrefreshed.get(id);
      if (kept != null) {
        return Optional.ofNullable(kept.signature()).map(SignatureCodec::decode);
      }
    }
    IndexSearcher searcher = searchers.acquire();
    try {
      LeafDoc found = IndexScans.findById(searcher, id);
      if (found == null) return Optional.empty();
      BinaryDocValues values = DocValues.getBinary(found.leaf().reader(), SIGNATURE);
      if (!values.advanceExact(found.doc())) return Optional.empty();
      BytesRef bytes = values.binaryValue();
      return Optional.of(SignatureCodec.decode(bytes.bytes, bytes.offset, bytes.length));
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Calls back with every (id, signature) in insertion order; articles stored without a signature
   * are skipped. Reads doc values only, not the stored text.
   */
  public void forEachSignature(BiConsumer<String, long[]> consumer) throws IOException {
    IndexSearcher searcher = freshSearcher();
    List<Object[]> entries = new ArrayList<>(); // {seq, id, signature}
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        BinaryDocValues sigs = DocValues.getBinary(leaf.reader(), SIGNATURE);
        SortedDocValues idValues = DocValues.getSorted(leaf.reader(), ID);
        NumericDocValues seqs = DocValues.getNumeric(leaf.reader(), SEQ);
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = sigs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = sigs.nextDoc()) {
          if (live != null && !live.get(doc)) continue;
          if (!idValues.advanceExact(doc) || !seqs.advanceExact(doc)) continue;
          BytesRef bytes = sigs.binaryValue();
          entries.add(new Object[] {
            seqs.longValue(),
            idValues.lookupOrd(idValues.ordValue()).utf8ToString(),
            SignatureCodec.decode(bytes.bytes, bytes.offset, bytes.length)
          });
        }
      }
    } finally {
      searchers.release(searcher);
    }
    entries.sort(Comparator.comparingLong(e -> (Long) e[0]));
    for (Object[] e : entries) consumer.accept((String) e[1], (long[]) e[2]);
  }

  /** Stored articles, committed or not (writable store), or in the opened commit (read-only). */
  public long count() {
    return ids.size();
  }

  /** A page of light rows, sorted by publication instant (unknown last), then ingest order. */
  public List<ArticleRow> list(int offset, int limit) throws IOException {
    if (offset < 0 || limit < 0) throw new IllegalArgumentException("offset and limit must be >= 0");
    IndexSearcher searcher = freshSearcher();
    try {
      int n = (int) Math.min(Integer.MAX_VALUE - 1L, (long) offset + limit);
      if (limit == 0 || n == 0) return List.of();
      SortField byPublished = new SortField(PUBLISHED_ORDER, SortField.Type.LONG);
      byPublished.setMissingValue(Long.MAX_VALUE);
      // Ties (and all unknown dates) in ingest order: the order the stories stage reads articles in.
      Sort sort = new Sort(byPublished, new SortField(SEQ, SortField.Type.LONG));
      TopFieldDocs top = searcher.search(new MatchAllDocsQuery(), n, sort);
      Set<String> fields = Set.of(ID, SOURCE_ID, OUTLET, TITLE, PUBLISHED, LANGUAGE, DUPLICATE_OF, FORMAT);
      ScoreDoc[] docs = top.scoreDocs;
      List<ArticleRow> rows = new ArrayList<>();
      for (int i = offset; i < docs.length; i++) {
        Document d = searcher.storedFields().document(docs[i].doc, fields);
        rows.add(new ArticleRow(d.get(ID), d.get(SOURCE_ID), d.get(OUTLET), d.get(TITLE),
            d.get(PUBLISHED), d.get(LANGUAGE), d.get(DUPLICATE_OF), d.get(FORMAT)));
      }
      return rows;
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Ranked search over title and text. Words are all required, "quoted words" form a phrase, other
   * syntax is treated as text; never throws on what a user types.
   */
  public SearchResults search(String query, int limit) throws IOException {
    return search(query, limit, org.marsad.store.search.SearchFilter.NONE);
  }

  /** As {@link #search(String, int)}, among the articles of one outlet and/or one day. */
  public SearchResults search(String query, int limit, org.marsad.store.search.SearchFilter filter)
      throws IOException {
    IndexSearcher searcher = freshSearcher();
    try {
      return articleSearcher.search(searcher, query, limit, filter);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Counts by outlet and day over every article a search matches, and up to {@code maxIds} of their ids. */
  public SearchFacets facets(String query, int maxIds) throws IOException {
    IndexSearcher searcher = freshSearcher();
    try {
      return articleSearcher.facets(searcher, query, maxIds);
    } finally {
      searchers.release(searcher);
    }
  }

  public StoreStats stats() throws IOException {
    IndexSearcher searcher = freshSearcher();
    try {
      IndexReader reader = searcher.getIndexReader();
      Map<String, Long> spans = new HashMap<>();
      for (SpanKind kind : SpanKind.values()) {
        long n = IndexScans.sum(reader, spanCount(kind));
        if (n > 0) spans.put(kind.label(), n);
      }
      String[] range = publishedRange(searcher);
      return new StoreStats(
          reader.numDocs(),
          IndexScans.countWithValue(reader, DUPLICATE_OF),
          IndexScans.countByValue(reader, OUTLET),
          IndexScans.countByValue(reader, LANGUAGE),
          IndexScans.countByValue(reader, FORMAT),
          range[0],
          range[1],
          spans,
          indexBytes());
    } finally {
      searchers.release(searcher);
    }
  }

  /**
   * Read-only store: moves to the latest commit (ids and sources too). Writable store: makes every
   * added article visible to searchers (reads do this on their own when needed).
   *
   * @return true when the view changed
   */
  public synchronized boolean refresh() throws IOException {
    ensureOpen();
    if (writer != null) {
      boolean changed = dirty;
      refreshLocked();
      return changed;
    }
    boolean changed = !searchers.isSearcherCurrent();
    if (changed) {
      searchers.maybeRefreshBlocking();
      loadKeys();
    }
    return changed;
  }

  /** Commits what was added since the last commit (if anything), then releases the lock. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) return;
    closed = true;
    try {
      if (indexing != null) indexing.close();
      if (writer != null && writer.hasUncommittedChanges()) {
        writer.setLiveCommitData(commitData(nextSeq, ids.size()).entrySet());
        writer.commit();
      }
    } finally {
      try {
        searchers.close();
      } finally {
        try {
          if (writer != null) writer.close();
        } finally {
          directory.close();
        }
      }
    }
  }

  // ---------------------------------------------------------------- internals

  private IndexSearcher freshSearcher() throws IOException {
    ensureOpen();
    if (dirty) {
      synchronized (this) {
        refreshLocked();
      }
    }
    return searchers.acquire();
  }

  /** Caller holds the lock. Makes everything written so far visible and forgets the pending maps. */
  private void refreshLocked() throws IOException {
    if (!dirty) return;
    indexing.awaitAll(); // a reader must hold every document the pending maps stand for
    searchers.maybeRefreshBlocking();
    unrefreshed.clear();
    newLineIds.clear();
    pendingBytes = 0;
    dirty = false;
  }

  /** What update() keeps, read from the current reader (the article is not in unrefreshed). */
  private Kept readKept(String id) throws IOException {
    IndexSearcher searcher = searchers.acquire();
    try {
      LeafDoc found = IndexScans.findById(searcher, id);
      if (found == null) return null;
      long seq = IndexScans.numericValue(found.leaf(), found.doc(), SEQ, nextSeq);
      BinaryDocValues sigs = DocValues.getBinary(found.leaf().reader(), SIGNATURE);
      byte[] sig = null;
      if (sigs.advanceExact(found.doc())) sig = BytesRef.deepCopyOf(sigs.binaryValue()).bytes;
      String source = IndexScans.sortedValue(found.leaf(), found.doc(), SOURCE_KEY);
      Document stored = searcher.storedFields().document(found.globalDoc(), Set.of(LINE_KEYS_STORED));
      return new Kept(seq, sig, ArticleDocuments.lineKeys(stored), source, false);
    } finally {
      searchers.release(searcher);
    }
  }

  /** Loads ids, source keys and the next insertion number from the current reader. */
  private void loadKeys() throws IOException {
    ids.clear();
    sources.clear();
    long maxSeq = -1;
    IndexSearcher searcher = searchers.acquire();
    try {
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        SortedDocValues idValues = DocValues.getSorted(leaf.reader(), ID);
        SortedDocValues sourceValues = DocValues.getSorted(leaf.reader(), SOURCE_KEY);
        NumericDocValues seqs = DocValues.getNumeric(leaf.reader(), SEQ);
        Bits live = leaf.reader().getLiveDocs();
        int max = leaf.reader().maxDoc();
        for (int doc = 0; doc < max; doc++) {
          if (live != null && !live.get(doc)) continue;
          if (idValues.advanceExact(doc)) ids.add(idValues.lookupOrd(idValues.ordValue()).utf8ToString());
          if (sourceValues.advanceExact(doc)) {
            sources.merge(sourceValues.lookupOrd(sourceValues.ordValue()).utf8ToString(), 1, Integer::sum);
          }
          if (seqs.advanceExact(doc)) maxSeq = Math.max(maxSeq, seqs.longValue());
        }
      }
    } finally {
      searchers.release(searcher);
    }
    nextSeq = maxSeq + 1;
  }

  private String[] publishedRange(IndexSearcher searcher) throws IOException {
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    int minDoc = -1;
    int maxDoc = -1;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      NumericDocValues values = DocValues.getNumeric(leaf.reader(), PUBLISHED_ORDER);
      Bits live = leaf.reader().getLiveDocs();
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        if (live != null && !live.get(doc)) continue;
        long v = values.longValue();
        if (v < min) {
          min = v;
          minDoc = leaf.docBase + doc;
        }
        if (v > max) {
          max = v;
          maxDoc = leaf.docBase + doc;
        }
      }
    }
    if (minDoc < 0) return new String[2];
    Set<String> field = Set.of(PUBLISHED);
    return new String[] {
      searcher.storedFields().document(minDoc, field).get(PUBLISHED),
      searcher.storedFields().document(maxDoc, field).get(PUBLISHED)
    };
  }

  private long indexBytes() throws IOException {
    long total = 0;
    for (String file : directory.listAll()) {
      try {
        total += directory.fileLength(file);
      } catch (NoSuchFileException e) {
        // deleted by a concurrent merge between listing and sizing: no longer part of the index
      }
    }
    return total;
  }

  private static long committedNextSeq(IndexWriter writer) {
    if (writer.getLiveCommitData() == null) return 0;
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (COMMIT_NEXT_SEQ.equals(e.getKey())) return Long.parseLong(e.getValue());
    }
    return 0;
  }

  private static Map<String, String> commitData(long nextSeq, long articles) {
    return Map.of(
        COMMIT_SCHEMA, Integer.toString(SCHEMA_VERSION),
        COMMIT_NEXT_SEQ, Long.toString(nextSeq),
        COMMIT_ARTICLES, Long.toString(articles),
        COMMIT_TIME, Instant.now().toString());
  }

  /** Rough heap cost of one pending article: map entries, id, signature and line keys. */
  private static long pendingCost(String id, byte[] sig, List<String> keys) {
    long bytes = 160 + 2L * id.length() + (sig == null ? 0 : 16 + sig.length);
    for (String key : keys) bytes += 120 + 2L * key.length();
    return bytes;
  }

  private static List<String> distinct(Collection<String> keys) {
    if (keys == null || keys.isEmpty()) return List.of();
    if (keys instanceof Set<?>) return List.copyOf(keys);
    return List.copyOf(new LinkedHashSet<>(keys));
  }

  private void ensureOpen() {
    if (closed) throw new IllegalStateException("store at " + dataDir + " is closed");
  }

  private void ensureWritable() {
    ensureOpen();
    if (writer == null) throw new UnsupportedOperationException("store at " + dataDir + " is open read-only");
  }
}
