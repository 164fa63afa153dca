package org.marsad.eval.spans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.marsad.eval.metrics.Prf;

/**
 * Number and date detection against a nested-NER file (the Wojood sample): for each of CARDINAL, QUANTITY,
 * MONEY, PERCENT, DATE and TIME present in the gold, precision, recall and F1 of Marsad's spans, counted two
 * ways: exact (same start, end and type) and overlap (a predicted span and a gold span of the same type
 * share a character; each gold span is matched once). Overlap is the fairer reading for figures, whose span
 * includes the counted noun («عشرة قتلى») where Wojood's CARDINAL is the number alone.
 */
public final class SpansEvaluation {

  static final Set<String> TYPES = Set.of("CARDINAL", "QUANTITY", "MONEY", "PERCENT", "DATE", "TIME");

  private SpansEvaluation() {}

  public static Report run(List<Path> files) throws IOException {
    return run(files, null);
  }

  /**
   * As {@link #run(List)}, and when {@code errors} is not null, writes each missed gold span and each
   * predicted span that overlaps no gold span of its type, one per line: {@code miss|false TYPE «span» sentence}.
   */
  public static Report run(List<Path> files, Appendable errors) throws IOException {
    PredictedSpans predictor = new PredictedSpans();
    Map<String, int[]> counts = new TreeMap<>(); // type → {gold, predicted, exact, overlap}
    int sentences = 0;
    for (Path f : files) {
      for (LayeredSentence s : LayeredReader.read(f)) {
        sentences++;
        List<LayeredSentence.TypedSpan> gold = new ArrayList<>();
        for (LayeredSentence.TypedSpan g : s.gold()) if (TYPES.contains(g.type())) gold.add(g);
        List<LayeredSentence.TypedSpan> predicted = predictor.of(s.text());
        boolean[] found = score(gold, predicted, counts);
        if (errors != null) writeErrors(s.text(), gold, found, predicted, errors);
      }
    }
    Map<String, Scores> perType = new LinkedHashMap<>();
    int[] all = new int[4];
    counts.forEach((type, c) -> {
      if (c[0] == 0) return; // a type the gold does not annotate is not scored
      perType.put(type, Scores.of(c));
      for (int i = 0; i < 4; i++) all[i] += c[i];
    });
    return new Report(files.toString(), sentences, perType, Scores.of(all));
  }

  private static void writeErrors(String text, List<LayeredSentence.TypedSpan> gold, boolean[] found,
      List<LayeredSentence.TypedSpan> predicted, Appendable out) throws IOException {
    for (int i = 0; i < gold.size(); i++) {
      if (!found[i]) line(out, "miss", gold.get(i), text);
    }
    for (LayeredSentence.TypedSpan p : predicted) {
      boolean hit = false;
      for (LayeredSentence.TypedSpan g : gold) {
        hit |= g.type().equals(p.type()) && g.start() < p.end() && p.start() < g.end();
      }
      if (!hit) line(out, "false", p, text);
    }
  }

  private static void line(Appendable out, String what, LayeredSentence.TypedSpan s, String text)
      throws IOException {
    out.append(what).append('\t').append(s.type()).append('\t').append(text, s.start(), s.end()).append('\t')
        .append(text).append('\n');
  }

  /** Counts one sentence; returns which gold spans a prediction matched (overlap). */
  private static boolean[] score(List<LayeredSentence.TypedSpan> gold, List<LayeredSentence.TypedSpan> predicted,
      Map<String, int[]> counts) {
    for (LayeredSentence.TypedSpan g : gold) counts.computeIfAbsent(g.type(), t -> new int[4])[0]++;
    boolean[] used = new boolean[gold.size()];
    for (LayeredSentence.TypedSpan p : predicted) {
      int[] c = counts.computeIfAbsent(p.type(), t -> new int[4]);
      c[1]++;
      if (gold.contains(p)) c[2]++;
      for (int i = 0; i < gold.size(); i++) {
        LayeredSentence.TypedSpan g = gold.get(i);
        if (!used[i] && g.type().equals(p.type()) && g.start() < p.end() && p.start() < g.end()) {
          used[i] = true;
          c[3]++;
          break;
        }
      }
    }
    return used;
  }

  /** Exact and overlap scores of one type, or of all together; {@code gold}, {@code predicted} counts. */
  public record Scores(int gold, int predicted, Prf exact, Prf overlap) {
    static Scores of(int[] c) {
      return new Scores(c[0], c[1], prf(c[2], c[1], c[0]), prf(c[3], c[1], c[0]));
    }

    private static Prf prf(int correct, int predicted, int gold) {
      return Prf.of(predicted == 0 ? 0 : (double) correct / predicted, gold == 0 ? 0 : (double) correct / gold);
    }
  }

  public record Report(String test, int sentences, Map<String, Scores> perType, Scores micro) {
    public String format() {
      StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "spans on %s: %,d sentences%n", test, sentences));
      sb.append(String.format(Locale.ROOT, "%-9s %5s %5s  %6s %6s %6s   %6s %6s %6s%n", "type", "gold", "pred",
          "P", "R", "F1", "P~", "R~", "F1~"));
      perType.forEach((t, s) -> sb.append(row(t, s)));
      sb.append(row("micro", micro));
      sb.append("(~: overlap match; without: exact span and type)\n");
      return sb.toString();
    }

    private static String row(String name, Scores s) {
      return String.format(Locale.ROOT, "%-9s %5d %5d  %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f%n", name, s.gold(),
          s.predicted(), s.exact().precision(), s.exact().recall(), s.exact().f1(), s.overlap().precision(),
          s.overlap().recall(), s.overlap().f1());
    }
  }
}
