package org.marsad.ingest.reuse;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How much of each outlet's text is copied from other outlets, and from whom: per outlet, the characters
 * of its articles (outside boilerplate) covered by passages whose source is another outlet's article, each
 * character counted once however many passages cover it; the same per source outlet; and, apart, what it
 * repeats from its own earlier articles.
 */
public final class OutletShares {

  /** One source outlet's part of an outlet's text; {@code weakChars} of it rest on a weak orientation. */
  public record Source(String outlet, long chars, double share, @JsonProperty("weak_chars") long weakChars) {}

  public record Outlet(String outlet, int articles, long chars, @JsonProperty("copied_chars") long copiedChars,
      @JsonProperty("copied_share") double copiedShare, @JsonProperty("same_outlet_chars") long sameOutletChars,
      @JsonProperty("same_outlet_share") double sameOutletShare, List<Source> sources) {}

  private OutletShares() {}

  public static List<Outlet> of(ReuseFile.Contents reuse) {
    Map<String, List<ReusePair>> into = new HashMap<>();
    for (ReusePair p : reuse.pairs()) into.computeIfAbsent(p.toArticle(), k -> new ArrayList<>()).add(p);
    Map<String, long[]> totals = new TreeMap<>(); // outlet → {articles, chars, copied, same}
    Map<String, Map<String, long[]>> bySource = new HashMap<>(); // outlet → source outlet → {chars, weak}
    for (ReuseFile.ArticleEntry a : reuse.articles()) {
      String outlet = a.outlet() == null ? "(none)" : a.outlet();
      long[] t = totals.computeIfAbsent(outlet, k -> new long[4]);
      t[0]++;
      t[1] += a.chars();
      List<ReusePair> copied = into.getOrDefault(a.id(), List.of());
      if (copied.isEmpty()) continue;
      List<ReusePair> across = new ArrayList<>();
      List<ReusePair> same = new ArrayList<>();
      for (ReusePair p : copied) (p.sameOutlet() ? same : across).add(p);
      t[2] += coverage(across);
      t[3] += coverage(same);
      Map<String, List<ReusePair>> perSource = new TreeMap<>();
      for (ReusePair p : across) {
        perSource.computeIfAbsent(p.fromOutlet() == null ? "(none)" : p.fromOutlet(), k -> new ArrayList<>()).add(p);
      }
      Map<String, long[]> sources = bySource.computeIfAbsent(outlet, k -> new TreeMap<>());
      perSource.forEach((src, ps) -> {
        long[] s = sources.computeIfAbsent(src, k -> new long[2]);
        s[0] += coverage(ps);
        s[1] += coverage(ps.stream().filter(p -> Origin.Basis.STORED_FIRST.label().equals(p.origin())).toList());
      });
    }
    List<Outlet> out = new ArrayList<>();
    totals.forEach((outlet, t) -> {
      List<Source> sources = new ArrayList<>();
      bySource.getOrDefault(outlet, Map.of()).forEach((src, s) -> sources.add(new Source(src, s[0], share(s[0], t[1]), s[1])));
      sources.sort(Comparator.comparingLong(Source::chars).reversed().thenComparing(Source::outlet));
      out.add(new Outlet(outlet, (int) t[0], t[1], t[2], share(t[2], t[1]), t[3], share(t[3], t[1]), sources));
    });
    out.sort(Comparator.comparingDouble(Outlet::copiedShare).reversed().thenComparing(Outlet::outlet));
    return out;
  }

  /** Characters of the copy covered by the passages' copy sides, overlaps counted once. */
  static long coverage(List<ReusePair> pairs) {
    if (pairs.isEmpty()) return 0;
    List<int[]> spans = new ArrayList<>(pairs.size());
    for (ReusePair p : pairs) spans.add(new int[] {p.toStart(), p.toEnd()});
    spans.sort(Comparator.comparingInt(s -> s[0]));
    long covered = 0;
    int from = spans.get(0)[0];
    int to = spans.get(0)[1];
    for (int[] s : spans) {
      if (s[0] > to) {
        covered += to - from;
        from = s[0];
        to = s[1];
      } else {
        to = Math.max(to, s[1]);
      }
    }
    return covered + to - from;
  }

  private static double share(long part, long whole) {
    return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
  }
}
