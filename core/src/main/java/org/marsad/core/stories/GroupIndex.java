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
    List<Best> all = matches(q, clock);
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * Every group that scores at or above the threshold, best first (ties: the older group first). The same
   * candidates and scores as {@link #best}: listing them all costs nothing more.
   */
  List<Best> matches(Query q, long clock) {
    TreeSet<Integer> candidates = new TreeSet<>();
    for (int t : q.top) {
      List<Integer> list = postings.get(t);
      if (list == null) continue;
      // Groups that ended a window before the clock can never match again, nor can merged ones: dropped.
      list.removeIf(g -> !groups.get(g).live() || expired(groups.get(g), clock));
      candidates.addAll(list);
    }
    List<Best> out = new ArrayList<>();
    for (int g : candidates) {
      double s = score(q, groups.get(g));
      if (s >= options.eventThreshold()) out.add(new Best(g, s));
    }
    out.sort((x, y) -> x.score() != y.score() ? Double.compare(y.score(), x.score())
        : Integer.compare(x.group(), y.group()));
    return out;
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
      factor = decay(dt);
      if (factor == 0) return 0;
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
    double gnorm = centroidNorm(g);
    if (gnorm == 0) return 0;
    double cos = dot / (q.norm * gnorm);
    if (q.salient.length == 0) return cos * factor;
    double all = 0, shared = 0;
    int[] s = q.salient, gs = g.salient;
    int y = 0;
    for (int x = 0; x < s.length; x++) {
      double w = q.idfOf(s[x], dict);
      all += w;
      while (y < gs.length && gs[y] < s[x]) y++;
      if (y < gs.length && gs[y] == s[x]) shared += w;
    }
    return mix(cos, shared / all) * factor;
  }

  /**
   * How alike two groups are, on the scale of {@link #score}: the lower of {@link #memberScore} in the two
   * directions, so each group's average member would join the other.
   */
  double similarity(Group a, Group b) {
    double factor = 1.0;
    if (a.first != Group.UNKNOWN && b.first != Group.UNKNOWN) {
      factor = decay(Math.max(0, Math.max(a.first - b.last, b.first - a.last)));
      if (factor == 0) return 0;
    }
    double na = centroidNorm(a), nb = centroidNorm(b);
    if (na == 0 || nb == 0) return 0;
    double dot = 0;
    int i = 0, j = 0;
    while (i < a.termIds.length && j < b.termIds.length) {
      if (a.termIds[i] < b.termIds[j]) i++;
      else if (b.termIds[j] < a.termIds[i]) j++;
      else {
        double idf = dict.idf(a.termIds[i]);
        dot += a.weights[i] * b.weights[j] * idf * idf;
        i++;
        j++;
      }
    }
    double cos = dot / (na * nb);
    double shared = 0;
    i = 0;
    j = 0;
    while (i < a.salient.length && j < b.salient.length) {
      if (a.salient[i] < b.salient[j]) i++;
      else if (b.salient[j] < a.salient[i]) j++;
      else {
        shared += dict.idf(a.salient[i]);
        i++;
        j++;
      }
    }
    return Math.min(memberScore(a, cos, shared), memberScore(b, cos, shared)) * factor;
  }

  /**
   * The score the average member of group g would get against the other group, whose centroid has cosine
   * {@code cos} with g's and which shares salient terms of IDF mass {@code shared} with g. A centroid is the
   * sum of its members' unit vectors, so the members' cosines with the other centroid average cos times g's
   * cohesion, |centroid| / members (1 for one article, less the more the members differ): two centroids are
   * smoother than articles and closer than their members are. The name overlap is the share of g's salient
   * terms the other holds, as for an article.
   */
  private double memberScore(Group g, double cos, double shared) {
    double raw = 0;
    for (double w : g.weights) raw += w * w;
    double cohesion = Math.min(1.0, Math.sqrt(raw) / Math.max(1, g.memberOutlets.size()));
    double mass = idfMass(g.salient);
    return mass == 0 ? cos * cohesion : mix(cos * cohesion, shared / mass);
  }

  private double mix(double cos, double overlap) {
    return (1 - options.salientWeight()) * cos + options.salientWeight() * overlap;
  }

  /** Halves every half-life; 0 past the window. */
  private double decay(long minutes) {
    if (minutes > options.eventWindowHours() * 60) return 0;
    return Math.pow(0.5, minutes / (options.halfLifeHours() * 60));
  }

  private double centroidNorm(Group g) {
    double n = 0;
    for (int x = 0; x < g.termIds.length; x++) {
      double v = g.weights[x] * dict.idf(g.termIds[x]);
      n += v * v;
    }
    return Math.sqrt(n);
  }

  private double idfMass(int[] ids) {
    double m = 0;
    for (int id : ids) m += dict.idf(id);
    return m;
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

  /**
   * Merges group {@code from} into group {@code into} ({@link Group#absorb}) and files the result under its
   * new top terms; {@code from} leaves the candidate lists the next time they are read.
   */
  void merge(int into, int from) {
    groups.get(into).absorb(groups.get(from), dict);
    reindex(into);
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
      if (!g.live() || expired(g, clock)) continue;
      for (int t : g.indexed) postings.computeIfAbsent(t, k -> new ArrayList<>()).add(gi);
    }
  }
}
