package org.marsad.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.marsad.core.boilerplate.BoilerplateMarker;
import org.marsad.core.boilerplate.LineKey;
import org.marsad.core.boilerplate.LineKeys;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.store.ArticleStore;

/**
 * Finds boilerplate that only shows across articles: a short line that one outlet prints in many of its
 * articles (a dateline, a subscription plug, a standard caption) is page furniture, not reporting.
 *
 * <p>Each article's short lines are indexed in the store under a key made of its outlet and the line's
 * normalized hash, so the store counts them across runs. At the end of a run, every key this run saw that now
 * reaches the threshold has its line marked as boilerplate in every article that carries it, old ones too.
 * Keys of duplicates count as seen, so a run that was killed before this step is completed by the next one.
 */
final class RepeatedLines {

  static final String NOTE = "repeated-line";

  private final ArticleStore store;
  private final IngestOptions options;
  private final Set<String> seenThisRun = new HashSet<>();

  RepeatedLines(ArticleStore store, IngestOptions options) {
    this.store = store;
    this.options = options;
  }

  /** The keys of an article's short lines, scoped to its outlet. Thread-safe: runs on the analysis pool. */
  List<String> keysOf(String outlet, List<LineKey> lineKeys) {
    List<String> keys = new ArrayList<>();
    for (LineKey k : lineKeys) {
      if (k.span().length() <= options.repeatedLineMaxChars()) keys.add(scoped(outlet, k.key()));
    }
    return keys;
  }

  /** Called by the writer for every article read, stored or not. */
  void seen(List<String> keys) {
    seenThisRun.addAll(keys);
  }

  /** Marks lines that now repeat often enough; returns how many articles changed. Writer thread only. */
  long markBoilerplate() throws IOException {
    // Which keys repeat, then which articles hold them: an article is rewritten once, whatever the count.
    Map<String, Set<String>> repeatedKeysById = new LinkedHashMap<>();
    Map<String, Integer> frequencies = store.lineFrequencies(seenThisRun);
    for (String key : new TreeSet<>(frequencies.keySet())) {
      if (frequencies.get(key) < options.repeatedLineMinArticles()) continue;
      for (String id : store.idsWithLineKey(key)) {
        repeatedKeysById.computeIfAbsent(id, x -> new HashSet<>()).add(key);
      }
    }
    seenThisRun.clear();
    long changed = 0;
    for (Map.Entry<String, Set<String>> e : repeatedKeysById.entrySet()) {
      Article article = store.get(e.getKey()).orElse(null);
      if (article == null) continue;
      List<Span> toMark = new ArrayList<>();
      for (LineKey k : LineKeys.of(article)) {
        if (e.getValue().contains(scoped(article.outlet(), k.key())) && !alreadyBoilerplate(article, k.span())) {
          toMark.add(new Span(SpanKind.BOILERPLATE, k.span().start(), k.span().end(), NOTE));
        }
      }
      if (!toMark.isEmpty()) {
        store.update(BoilerplateMarker.mark(article, toMark));
        changed++;
      }
    }
    return changed;
  }

  private static boolean alreadyBoilerplate(Article article, Span line) {
    for (Span s : article.spans(SpanKind.BOILERPLATE)) {
      if (s.start() <= line.start() && s.end() >= line.end()) return true;
    }
    return false;
  }

  private static String scoped(String outlet, String key) {
    return (outlet == null ? "" : outlet) + "\u001f" + key;
  }
}
