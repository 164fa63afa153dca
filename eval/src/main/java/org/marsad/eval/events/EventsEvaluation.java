package org.marsad.eval.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.eval.metrics.BCubed;
import org.marsad.eval.metrics.PairwiseClustering;
import org.marsad.eval.metrics.Prf;

/**
 * Scores event clusterings against a gold file: the gold articles are selected from the corpus, analysed,
 * put in publication order, handed to every system, and each result is scored with B-cubed and pairwise
 * precision, recall and F1 at the event level. Gold docnos missing from the corpus are listed and left out
 * of the scoring (for gold and systems alike).
 */
public final class EventsEvaluation {

  /** The name of the baseline in {@link #baselines()}. */
  public static final String TFIDF_BASELINE = "tfidf-single-pass";

  /**
   * One system's figures.
   *
   * @param clusters how many clusters the system made
   * @param millis wall time of its cluster() call
   */
  public record SystemScore(String name, Prf bcubed, Prf pairwise, int clusters, long millis) {}

  /**
   * The whole run, ready to print or serialize (Jackson writes records as objects with these field names).
   *
   * @param goldArticles docnos in the gold file
   * @param goldEvents distinct events among the articles scored
   * @param articles articles found in the corpus and scored
   * @param missing gold docnos the corpus did not hold
   */
  public record Report(String gold, String corpus, int goldArticles, int goldEvents, int articles,
      List<String> missing, List<SystemScore> systems) {

    public Report {
      missing = List.copyOf(missing);
      systems = List.copyOf(systems);
    }

    /** A plain-text table, one line per system. */
    public String format() {
      return format("events");
    }

    /** @param level what the groups are, "events" or "storylines", for the header line */
    public String format(String level) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "%s: %d articles (%d in gold, %d missing), %d gold %s%n",
          level, articles, goldArticles, missing.size(), goldEvents, level));
      sb.append(String.format(Locale.ROOT, "%-24s %6s %6s %6s   %6s %6s %6s  %8s%n",
          "system", "B3-P", "B3-R", "B3-F1", "pw-P", "pw-R", "pw-F1", "clusters"));
      for (SystemScore s : systems) {
        sb.append(String.format(Locale.ROOT, "%-24s %6.4f %6.4f %6.4f   %6.4f %6.4f %6.4f  %8d%n", s.name(),
            s.bcubed().precision(), s.bcubed().recall(), s.bcubed().f1(),
            s.pairwise().precision(), s.pairwise().recall(), s.pairwise().f1(), s.clusters()));
      }
      return sb.toString();
    }
  }

  private EventsEvaluation() {}

  /** The systems every run should print next to the real one: the TF-IDF baseline at its default threshold. */
  public static Map<String, EventClustering> baselines() {
    Map<String, EventClustering> out = new LinkedHashMap<>();
    out.put(TFIDF_BASELINE, new TfIdfSinglePass());
    return out;
  }

  /** Reads the gold and the corpus, then {@link #score}s every system, in the map's order. */
  public static Report run(Path goldPath, Path corpusDir, Map<String, EventClustering> systems) throws IOException {
    GoldEvents gold = GoldEvents.read(goldPath);
    GoldCorpus.Selection selection = GoldCorpus.select(corpusDir, gold.eventOf().keySet());
    return score(gold, selection, systems, goldPath.toString(), corpusDir.toString());
  }

  /** Scores systems on an already selected corpus (lets callers read the corpus once for many systems). */
  public static Report score(GoldEvents gold, GoldCorpus.Selection selection,
      Map<String, EventClustering> systems, String goldName, String corpusName) {
    return score(gold.eventOf(), gold.size(), selection, systems, goldName, corpusName);
  }

  /** The same at the storyline level: systems that group events into storylines, against gold storylines. */
  public static Report scoreStorylines(GoldEvents gold, GoldCorpus.Selection selection,
      Map<String, EventClustering> systems, String goldName, String corpusName) {
    return score(gold.storylineOf(), gold.size(), selection, systems, goldName, corpusName);
  }

  private static Report score(Map<String, String> goldGroups, int goldSize, GoldCorpus.Selection selection,
      Map<String, EventClustering> systems, String goldName, String corpusName) {
    List<Article> articles = selection.articles();
    Map<String, String> truth = new LinkedHashMap<>();
    for (Article a : articles) truth.put(a.sourceId(), goldGroups.get(a.sourceId()));
    List<SystemScore> scores = new ArrayList<>();
    for (Map.Entry<String, EventClustering> e : systems.entrySet()) {
      long t0 = System.nanoTime();
      Map<String, String> predicted = e.getValue().cluster(articles);
      long millis = (System.nanoTime() - t0) / 1_000_000;
      scores.add(new SystemScore(e.getKey(), BCubed.score(truth, predicted),
          PairwiseClustering.score(truth, predicted), (int) predicted.values().stream().distinct().count(), millis));
    }
    int events = (int) truth.values().stream().distinct().count();
    return new Report(goldName, corpusName, goldSize, events, articles.size(), selection.missing(), scores);
  }
}
