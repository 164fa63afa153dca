package org.marsad.ingest.reuse;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.marsad.core.model.Article;
import org.marsad.core.reuse.Passage;
import org.marsad.core.reuse.PassageAligner;
import org.marsad.core.reuse.ReuseIndex;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.core.reuse.ReuseText;
import org.marsad.store.ArticleRow;
import org.marsad.store.ArticleStore;

/**
 * Brings a store's text reuse up to date. The articles aligned before are put back in the seed index; each
 * new article, in the store's order, asks the index for the stored articles that share seeds with it, is
 * aligned with the best of them, and joins the index. Every pair of articles is so compared once, whatever
 * order they arrived in, and never all pairs. Alignment runs on every processor while the index is fed in
 * order, so the result does not depend on scheduling. Saved with {@link ReuseFile}.
 */
public final class ReuseBuilder {

  /** What one update did. */
  public record Result(int articlesAligned, int newPairs, List<ReusePair> pairs, double seconds) {}

  /** Candidates aligned per article: copies of one wire story rarely exceed this many outlets. */
  static final int MAX_CANDIDATES = 24;
  /** Texts kept in memory for aligning against: recent articles are the usual sources. */
  private static final int RECENT_TEXTS = 4096;
  /** Articles read and prepared ahead of the index, and alignments in flight: bounds memory. */
  private static final int AHEAD = 128;

  private final ReuseOptions options;
  private final PassageAligner aligner;

  public ReuseBuilder(ReuseOptions options) {
    this.options = options;
    this.aligner = new PassageAligner(options);
  }

  /** One article prepared for the index. */
  private record Prepared(int doc, Origin.Side side, ReuseText text, ReuseFile.ArticleEntry entry) {}

  public Result update(ArticleStore store) throws IOException {
    long start = System.nanoTime();
    ReuseFile.Contents saved;
    try {
      saved = ReuseFile.read(store.dataDir());
    } catch (IOException e) {
      saved = null; // damaged: reuse is derived data, found again from the articles
    }
    if (saved != null && saved.minWords() != options.minWords()) saved = null;
    Map<String, ReuseFile.ArticleEntry> done = new LinkedHashMap<>();
    List<ReusePair> pairs = new ArrayList<>();
    if (saved != null) {
      for (ReuseFile.ArticleEntry e : saved.articles()) done.put(e.id(), e);
      pairs.addAll(saved.pairs());
    }

    List<ArticleRow> rows = store.list(0, (int) Math.min(Integer.MAX_VALUE - 1L, store.count()));
    List<ArticleRow> old = new ArrayList<>();
    List<ArticleRow> fresh = new ArrayList<>();
    for (ArticleRow r : rows) (done.containsKey(r.id()) ? old : fresh).add(r);
    // Articles no longer in the store take their entries and passages with them.
    if (old.size() < done.size()) {
      java.util.Set<String> present = new java.util.HashSet<>();
      for (ArticleRow r : old) present.add(r.id());
      done.keySet().retainAll(present);
      pairs.removeIf(p -> !present.contains(p.fromArticle()) || !present.contains(p.toArticle()));
    }

    ReuseIndex index = new ReuseIndex(options);
    List<Origin.Side> sides = new ArrayList<>(rows.size());
    Map<Integer, ReuseText> recent = new LinkedHashMap<>(RECENT_TEXTS * 2, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<Integer, ReuseText> eldest) {
        return size() > RECENT_TEXTS;
      }
    };
    List<ReusePair> found = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()));
    try {
      // 1. What was aligned before only feeds the index.
      forEachPrepared(store, old, 0, pool, p -> {
        index.add(p.doc(), p.text());
        sides.add(p.side());
        recent.put(p.doc(), p.text());
      });
      // 2. Each new article is aligned with its candidates among everything indexed, then indexed itself.
      ArrayDeque<Future<List<ReusePair>>> aligning = new ArrayDeque<>();
      forEachPrepared(store, fresh, old.size(), pool, p -> {
        List<ReuseIndex.Candidate> candidates = index.candidates(p.text(), MAX_CANDIDATES);
        List<Origin.Side> candidateSides = new ArrayList<>(candidates.size());
        List<ReuseText> candidateTexts = new ArrayList<>(candidates.size());
        for (ReuseIndex.Candidate c : candidates) {
          candidateSides.add(sides.get(c.docId()));
          candidateTexts.add(recent.get(c.docId())); // null: read again in the task
        }
        aligning.add(pool.submit(() -> align(store, p, candidateSides, candidateTexts)));
        while (aligning.size() > AHEAD) found.addAll(join(aligning.poll()));
        index.add(p.doc(), p.text());
        sides.add(p.side());
        recent.put(p.doc(), p.text());
        done.put(p.entry().id(), p.entry());
      });
      while (!aligning.isEmpty()) found.addAll(join(aligning.poll()));
    } finally {
      pool.shutdownNow();
    }
    pairs.addAll(found);
    pairs.sort(Comparator.comparing(ReusePair::toArticle).thenComparingInt(ReusePair::toStart)
        .thenComparing(ReusePair::fromArticle).thenComparingInt(ReusePair::fromStart));
    ReuseFile.write(store.dataDir(),
        new ReuseFile.Contents(ReuseFile.FORMAT, options.minWords(), new ArrayList<>(done.values()), pairs));
    return new Result(fresh.size(), found.size(), pairs, (System.nanoTime() - start) / 1e9);
  }

  /** The passages a new article shares with its candidates, each oriented from its likely source. */
  private List<ReusePair> align(ArticleStore store, Prepared p, List<Origin.Side> sides, List<ReuseText> texts)
      throws IOException {
    List<ReusePair> out = new ArrayList<>();
    for (int i = 0; i < sides.size(); i++) {
      Origin.Side other = sides.get(i);
      ReuseText source = texts.get(i);
      if (source == null) {
        Article a = store.get(other.article()).orElse(null);
        if (a == null) continue;
        source = ArticleReuseText.of(a);
      }
      Origin.Decision d = Origin.of(other, p.side());
      boolean fromOther = d.source() == other;
      for (Passage g : aligner.align(source, p.text())) {
        boolean same = other.outlet() != null && other.outlet().equals(p.side().outlet());
        out.add(fromOther
            ? new ReusePair(other.article(), p.side().article(), g.sourceStart(), g.sourceEnd(), g.targetStart(),
                g.targetEnd(), round(g.score()), g.words(), other.outlet(), p.side().outlet(), same,
                d.basis().label())
            : new ReusePair(p.side().article(), other.article(), g.targetStart(), g.targetEnd(), g.sourceStart(),
                g.sourceEnd(), round(g.score()), g.words(), p.side().outlet(), other.outlet(), same,
                d.basis().label()));
      }
    }
    return out;
  }

  private static double round(double x) {
    return Math.round(x * 1000) / 1000.0;
  }

  private interface PreparedConsumer {
    void accept(Prepared p) throws IOException;
  }

  /**
   * Reads and prepares {@code rows} on the pool, a bounded number ahead, and hands them to {@code consumer}
   * in order on this thread; doc ids count on from {@code firstDoc}.
   */
  private static void forEachPrepared(ArticleStore store, List<ArticleRow> rows, int firstDoc, ExecutorService pool,
      PreparedConsumer consumer) throws IOException {
    ArrayDeque<Future<Prepared>> ahead = new ArrayDeque<>();
    int next = 0;
    for (int i = 0; i < rows.size(); i++) {
      while (next < rows.size() && ahead.size() < AHEAD) {
        ArticleRow row = rows.get(next);
        int doc = firstDoc + next++;
        ahead.add(pool.submit(() -> {
          Article a = store.get(row.id()).orElseThrow(() -> new IOException("article vanished: " + row.id()));
          return new Prepared(doc, new Origin.Side(a.id(), a.outlet(), a.published(), doc), ArticleReuseText.of(a),
              new ReuseFile.ArticleEntry(a.id(), a.outlet(), a.published(), ArticleReuseText.bodyChars(a)));
        }));
      }
      consumer.accept(join(ahead.poll()));
    }
  }

  private static <T> T join(Future<T> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while finding reuse", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof IOException io ? io : new IOException("finding reuse failed: " + e.getCause(),
          e.getCause());
    }
  }
}
