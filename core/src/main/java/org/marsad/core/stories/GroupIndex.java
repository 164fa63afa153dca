package org.marsad.core.stories;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Groups (events or storylines) of one level and the blocking index that finds candidates for an article:
 * each group is filed under its top terms, and only groups that share one of the article's top terms and lie
 * within the time window are scored. The cost per article is the number of such candidates, not the number
 * of groups. Not thread-safe.
 */
final class GroupIndex {

  /** How many top terms of a group may file it, at most (its vocabulary drifts as it grows). */
  static final int MAX_INDEXED = 40;

  private final ClusteringOptions options;
  private final TermDictionary dict;
  final List<Group> groups = new ArrayList<>();
  private final Map<Integer, List<Integer>> postings = new HashMap<>();

  GroupIndex(ClusteringOptions options, TermDictionary dict) {
    this.options = options;
    this.dict = dict;
  }

  record Best(int group, double score) {}

  /** The best-scoring group at or above the threshold, or null. Ties go to the older group. */
  Best best(Query q, long clock) {
    TreeSet<Integer> candidates = new TreeSet<>();
    for (int t : q.top) {
      List<Integer> list = postings.get(t);
      if (list == null) continue;
      // Groups that ended a window before the clock can never match again: drop them for good.
      list.removeIf(g -> expired(groups.get(g), clock));
      candidates.addAll(list);
    }
    int best = -1;
    double bestScore = options.eventThreshold();
    for (int g : candidates) {
      double s = score(q, groups.get(g));
      if (s >= bestScore && (best < 0 || s > bestScore)) {
        best = g;
        bestScore = s;
      }
    }
    return best < 0 ? null : new Best(best, bestScore);
  }

  private boolean expired(Group g, long clock) {
    return clock != Group.UNKNOWN && g.last != Group.UNKNOWN
        && clock - g.last > options.eventWindowHours() * 60;
  }

  /** Cosine of TF-IDF vectors mixed with salient-term overlap, times the time decay; 0 outside the window. */
  double score(Query q, Group g) {
    double factor = 1.0;
    if (q.time != Group.UNKNOWN && g.first != Group.UNKNOWN) {
      long dt = q.time < g.first ? g.first - q.time : q.time > g.last ? q.time - g.last : 0;
      if (dt > options.eventWindowHours() * 60) return 0;
      factor = Math.pow(0.5, dt / (options.halfLifeHours() * 60));
    }
    if (q.norm == 0 || g.norm == 0) return 0;
    double dot = 0;
    int[] a = q.ids, b = g.termIds;
    int i = 0, j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] < b[j]) i++;
      else if (b[j] < a[i]) j++;
      else {
        dot += q.weights[i] * q.idf[i] * q.idf[i] * g.weights[j];
        i++;
        j++;
      }
    }
    // The centroid's norm under the IDF of this moment, like the article's: a norm kept from the group's last
    // update would weigh old and new groups with different IDFs (early on the IDF moves fast).
    double gnorm = 0;
    for (int x = 0; x < b.length; x++) {
      double v = g.weights[x] * dict.idf(b[x]);
      gnorm += v * v;
    }
    if (gnorm == 0) return 0;
    double cos = dot / (q.norm * Math.sqrt(gnorm));
    double sim = cos;
    if (q.salient.length > 0) {
      double all = 0, shared = 0;
      int[] s = q.salient, gs = g.salient;
      int y = 0;
      for (int x = 0; x < s.length; x++) {
        double w = q.idfOf(s[x], dict);
        all += w;
        while (y < gs.length && gs[y] < s[x]) y++;
        if (y < gs.length && gs[y] == s[x]) shared += w;
      }
      sim = (1 - options.salientWeight()) * cos + options.salientWeight() * (shared / all);
    }
    return sim * factor;
  }

  Group create(String id, String parent) {
    Group g = new Group(id, parent);
    groups.add(g);
    return g;
  }

  /**
   * Adds an article to group g. {@code evidence} false (a same-outlet copy) records membership and time only:
   * the copy says nothing new, so it must not pull the centroid.
   */
  void add(int gi, String articleId, String outlet, Query q, boolean evidence) {
    Group g = groups.get(gi);
    g.articleIds.add(articleId);
    g.addTime(q.time, q.published);
    if (!evidence) return;
    g.addVector(q.ids, q.weights, dict);
    g.salient = Group.union(g.salient, q.salient);
    g.memberOutlets.add(outlet == null ? "" : outlet);
    g.memberKeys.add(q.top);
    reindex(gi);
  }

  /** Files the group under its current top terms it was not filed under yet. */
  private void reindex(int gi) {
    Group g = groups.get(gi);
    if (g.indexed.length >= MAX_INDEXED) return;
    Integer[] order = new Integer[g.termIds.length];
    for (int i = 0; i < order.length; i++) order[i] = i;
    double[] w = new double[order.length];
    for (int i = 0; i < w.length; i++) w[i] = g.weights[i] * dict.idf(g.termIds[i]);
    java.util.Arrays.sort(order, (x, y) -> w[x] != w[y] ? Double.compare(w[y], w[x])
        : Integer.compare(g.termIds[x], g.termIds[y]));
    int[] top = new int[Math.min(Query.TOP, order.length)];
    for (int i = 0; i < top.length; i++) top[i] = g.termIds[order[i]];
    java.util.Arrays.sort(top);
    for (int t : top) {
      if (g.indexed.length >= MAX_INDEXED) break;
      if (java.util.Arrays.binarySearch(g.indexed, t) >= 0) continue;
      g.indexed = Group.union(g.indexed, new int[] {t});
      postings.computeIfAbsent(t, k -> new ArrayList<>()).add(gi);
    }
  }

  /** True when the group already holds a near-identical piece from the same outlet (top terms mostly shared). */
  boolean sameOutletCopy(int gi, String outlet, Query q) {
    Group g = groups.get(gi);
    String o = outlet == null ? "" : outlet;
    for (int m = 0; m < g.memberOutlets.size(); m++) {
      if (!g.memberOutlets.get(m).equals(o)) continue;
      int[] k = g.memberKeys.get(m);
      int inter = Group.intersection(k, q.top);
      int uni = k.length + q.top.length - inter;
      if (uni > 0 && inter >= 0.7 * uni) return true;
    }
    return false;
  }

  void restore(List<ClusterState.Group> states, long clock) {
    for (ClusterState.Group s : states) groups.add(Group.fromState(s));
    for (int gi = 0; gi < groups.size(); gi++) {
      Group g = groups.get(gi);
      if (expired(g, clock)) continue;
      for (int t : g.indexed) postings.computeIfAbsent(t, k -> new ArrayList<>()).add(gi);
    }
  }
}
