package org.marsad.eval.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * The plain baseline of issue 3: TF-IDF over normalized tokens, one pass in publication order, cosine to
 * each cluster's centroid, one threshold. No headline weight, no names, no time, no outlet: it is the floor
 * the real clusterer has to beat.
 *
 * <ul>
 *   <li>Terms: the article's TOKEN spans (body text outside boilerplate; ANT's title is not part of the
 *       text), normalized by core's {@link MatchNormalizer}, minus Lucene's Arabic stop words (normalized the
 *       same way) and one-character tokens.
 *   <li>Weights: (1 + ln tf) × ln(N / df), with N and df counted over the articles given to {@link #cluster}
 *       (a batch IDF: the baseline sees the same collection the evaluation does), then L2-normalized.
 *   <li>Pass: each article goes to the cluster whose centroid (the mean of its members' unit vectors) has the
 *       highest cosine with it, if that cosine reaches the threshold; otherwise it opens a new cluster. Ties
 *       go to the older cluster, so the result is deterministic.
 * </ul>
 *
 * <p>Thread-safe: immutable; each call works on its own state.
 */
public final class TfIdfSinglePass implements EventClustering {

  /**
   * Default cosine threshold: the best of the coarse grid 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3 on the dev
   * gold (B-cubed F1 0.817 at 0.15, 0.807 at 0.2, 0.784 at 0.12), which is how the issue states the
   * baseline ("about 0.82"). A baseline tuned this way flatters the baseline, not our system.
   */
  public static final double DEFAULT_THRESHOLD = 0.15;

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();
  private static final Set<String> STOP = normalizedStopWords();

  private final double threshold;

  public TfIdfSinglePass() {
    this(DEFAULT_THRESHOLD);
  }

  /** @param threshold the cosine an article needs to a centroid to join its cluster, in (0, 1] */
  public TfIdfSinglePass(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold in (0, 1]: " + threshold);
    this.threshold = threshold;
  }

  public double threshold() {
    return threshold;
  }

  @Override
  public Map<String, String> cluster(List<Article> articles) {
    Map<String, Integer> termIds = new HashMap<>();
    List<Map<Integer, Integer>> counts = new ArrayList<>(articles.size());
    Map<Integer, Integer> df = new HashMap<>();
    for (Article a : articles) {
      Map<Integer, Integer> tf = termCounts(a, termIds);
      counts.add(tf);
      for (Integer t : tf.keySet()) df.merge(t, 1, Integer::sum);
    }
    int n = articles.size();

    List<Cluster> clusters = new ArrayList<>();
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Map<Integer, Double> v = unitVector(counts.get(i), df, n);
      Cluster best = null;
      double bestCos = -1;
      for (Cluster c : clusters) {
        double cos = c.cosine(v);
        if (cos > bestCos) {
          bestCos = cos;
          best = c;
        }
      }
      if (best == null || bestCos < threshold) {
        best = new Cluster("e" + clusters.size());
        clusters.add(best);
      }
      best.add(v);
      out.put(articles.get(i).sourceId(), best.label);
    }
    return out;
  }

  private static Map<Integer, Integer> termCounts(Article a, Map<String, Integer> termIds) {
    Map<Integer, Integer> tf = new HashMap<>();
    String text = a.text();
    for (Span s : a.spans()) {
      if (s.kind() != SpanKind.TOKEN) continue;
      String term = NORMALIZER.normalize(text.subSequence(s.start(), s.end()));
      if (term.length() < 2 || STOP.contains(term)) continue;
      Integer id = termIds.computeIfAbsent(term, k -> termIds.size());
      tf.merge(id, 1, Integer::sum);
    }
    return tf;
  }

  private static Map<Integer, Double> unitVector(Map<Integer, Integer> tf, Map<Integer, Integer> df, int n) {
    Map<Integer, Double> v = new HashMap<>();
    double norm = 0;
    for (Map.Entry<Integer, Integer> e : tf.entrySet()) {
      double w = (1 + Math.log(e.getValue())) * Math.log((double) n / df.get(e.getKey()));
      if (w <= 0) continue; // a term in every article says nothing
      v.put(e.getKey(), w);
      norm += w * w;
    }
    if (norm > 0) {
      double inv = 1 / Math.sqrt(norm);
      v.replaceAll((k, w) -> w * inv);
    }
    return v;
  }

  /** A cluster's centroid kept as the sum of member unit vectors and that sum's squared norm. */
  private static final class Cluster {
    final String label;
    final Map<Integer, Double> sum = new HashMap<>();
    double sumNormSq;

    Cluster(String label) {
      this.label = label;
    }

    /** cos(v, centroid) = v·sum / |sum| for a unit v: the member count cancels. */
    double cosine(Map<Integer, Double> v) {
      if (sumNormSq == 0) return 0;
      return dot(v) / Math.sqrt(sumNormSq);
    }

    void add(Map<Integer, Double> v) {
      double vNormSq = 0;
      for (double w : v.values()) vNormSq += w * w;
      // |s + v|² = |s|² + 2 s·v + |v|², so the norm never needs a full pass over the centroid.
      sumNormSq += 2 * dot(v) + vNormSq;
      for (Map.Entry<Integer, Double> e : v.entrySet()) sum.merge(e.getKey(), e.getValue(), Double::sum);
    }

    private double dot(Map<Integer, Double> v) {
      double d = 0;
      for (Map.Entry<Integer, Double> e : v.entrySet()) {
        Double w = sum.get(e.getKey());
        if (w != null) d += w * e.getValue();
      }
      return d;
    }
  }

  private static Set<String> normalizedStopWords() {
    Set<String> out = new HashSet<>();
    for (Object w : ArabicAnalyzer.getDefaultStopSet()) {
      out.add(NORMALIZER.normalize(new String((char[]) w)));
    }
    return out;
  }
}
