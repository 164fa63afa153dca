package org.marsad.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
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
 * normalized hash, so the store counts them across runs. Two passes share the work:
 * <ul>
 *   <li>while the run goes, a line seen in enough of this run's articles is marked in each later article
 *       before it is stored, which costs nothing extra;
 *   <li>at the end, every key this run saw that now reaches the threshold (counting earlier runs too) is
 *       marked in every stored article that carries it and lacks the mark: the first few of this run, and
 *       older articles whose line only now became a pattern.
 * </ul>
 * Keys of duplicates count as seen, so a run that was killed before the end pass is completed by the next.
 */
final class RepeatedLines {

  static final String NOTE = "repeated-line";

  /** One short line of an article, its key scoped to the outlet. */
  record Line(String key, Span span) {}

  private final ArticleStore store;
  private final IngestOptions options;
  /** How many of this run's stored articles carry each key (0: seen only in duplicates). */
  private final Map<String, Integer> countsThisRun = new HashMap<>();
  /** For keys marked while the run went: the articles that got the mark then, so the end pass skips them. */
  private final Map<String, Set<String>> markedOnline = new HashMap<>();
  /** Articles that got a mark in this run, before they were stored or in the end pass. */
  private final Set<String> markedArticles = new HashSet<>();

  RepeatedLines(ArticleStore store, IngestOptions options) {
    this.store = store;
    this.options = options;
  }

  /** The short lines of an article, scoped to its outlet. Thread-safe: runs on the analysis pool. */
  List<Line> linesOf(String outlet, List<LineKey> lineKeys) {
    List<Line> lines = new ArrayList<>();
    for (LineKey k : lineKeys) {
      if (k.span().length() <= options.repeatedLineMaxChars()) lines.add(new Line(scoped(outlet, k.key()), k.span()));
    }
    return lines;
  }

  static List<String> keys(List<Line> lines) {
    List<String> keys = new ArrayList<>(lines.size());
    for (Line l : lines) keys.add(l.key());
    return keys;
  }

  /**
   * Notes the lines of an article that was read but not stored (a duplicate): they do not count towards a
   * pattern (the store counts stored articles only), but the end pass looks at them again, which is what
   * completes a run that was killed before its end pass. Writer thread only.
   */
  void seen(List<Line> lines) {
    for (Line l : lines) countsThisRun.putIfAbsent(l.key(), 0);
  }

  /**
   * Counts a new article's lines and returns it with those that are already a pattern in this run marked as
   * boilerplate. Writer thread only.
   */
  Article markWhileStoring(Article article, List<Line> lines) {
    List<Span> marks = new ArrayList<>();
    Set<String> counted = new HashSet<>(); // a line twice in one article is still one article
    for (Line l : lines) {
      int count = counted.add(l.key()) ? countsThisRun.merge(l.key(), 1, Integer::sum) : countsThisRun.get(l.key());
      if (count >= options.repeatedLineMinArticles()) {
        marks.add(new Span(SpanKind.BOILERPLATE, l.span().start(), l.span().end(), NOTE));
        markedOnline.computeIfAbsent(l.key(), k -> new HashSet<>()).add(article.id());
      }
    }
    if (marks.isEmpty()) return article;
    markedArticles.add(article.id());
    return BoilerplateMarker.mark(article, marks);
  }

  /**
   * The end pass. Returns how many articles this run marked in all: before storing them, or here, where
   * stored articles are rewritten. Writer thread only, after the run.
   */
  long markBoilerplate() throws IOException {
    // Which keys repeat, then which articles hold them unmarked: an article is rewritten once at most.
    Map<String, Set<String>> repeatedKeysById = new LinkedHashMap<>();
    Map<String, Integer> frequencies = store.lineFrequencies(countsThisRun.keySet());
    for (String key : new TreeSet<>(frequencies.keySet())) {
      if (frequencies.get(key) < options.repeatedLineMinArticles()) continue;
      Set<String> done = markedOnline.getOrDefault(key, Set.of());
      for (String id : store.idsWithLineKey(key)) {
        if (!done.contains(id)) repeatedKeysById.computeIfAbsent(id, x -> new HashSet<>()).add(key);
      }
    }
    countsThisRun.clear();
    markedOnline.clear();
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
        markedArticles.add(article.id());
      }
    }
    long changed = markedArticles.size();
    markedArticles.clear();
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
