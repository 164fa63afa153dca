package org.marsad.core.figures;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Extracts the figures (counted quantities) of an analysed article, sentence by sentence: each number
 * ({@link NumberWords}) that is not a date, time, duration or id ({@link NotAFigure}), with its hedge
 * ({@link Qualifiers}), what it counts ({@link CountedKinds}), the nearest place entity and the nearest time
 * phrase ({@link PeriodFinder}) of its sentence. Boilerplate is skipped. Work is linear in the text: each
 * word is looked at a bounded number of times. Stateless and thread-safe.
 */
public final class FigureExtractor {

  public List<Figure> extract(Article a) {
    String text = a.text();
    List<Span> sentences = a.spans(SpanKind.SENTENCE);
    if (sentences.isEmpty()) sentences = List.of(new Span(SpanKind.SENTENCE, 0, text.length()));
    List<Span> boilerplate = a.spans(SpanKind.BOILERPLATE);
    List<Span> places = places(a);
    List<Figure> out = new ArrayList<>();
    for (Span s : sentences) {
      if (!insideAny(boilerplate, s.start())) sentence(text, s, places, out);
    }
    return out;
  }

  private static void sentence(String text, Span s, List<Span> places, List<Figure> out) {
    List<Word> words = WordScanner.scan(text, s.start(), s.end());
    List<Period> periods = null; // found once per sentence, only when it has a figure
    String previousKind = null;
    for (int i = 0; i < words.size(); i++) {
      NumberReading r = NumberWords.read(words, i);
      if (r == null) r = DualNouns.read(words, i);
      if (r == null) continue;
      if (isLoneOne(words, r) || NotAFigure.applies(text, words, r)) {
        i = r.end() - 1;
        continue;
      }
      if (periods == null) periods = PeriodFinder.find(text, words);
      Figure f = figure(text, s, words, r, places, periods, previousKind);
      out.add(f);
      previousKind = f.kind();
      i = r.end() - 1;
    }
  }

  private static Figure figure(String text, Span s, List<Word> words, NumberReading r, List<Span> places,
      List<Period> periods, String previousKind) {
    Qualifier q = Qualifiers.before(words, r.first());
    Counted c = CountedKinds.of(words, r, previousKind);
    int start = q == null ? r.startChar() : q.startChar();
    int end = words.get(Math.max(r.end(), c.nounEnd()) - 1).end();
    String qualifier = q == null ? null : q.name();
    boolean less = Qualifier.LESS_THAN.equals(qualifier);
    long value = less ? 0 : r.value();
    Long upper = less ? r.value() : null;
    boolean approx = r.vague() || q != null;
    Span place = nearest(places, s, start, end);
    Period period = nearestPeriod(periods, start, end);
    return new Figure(start, end, text.substring(start, end), value, upper, approx, qualifier, c.kind(),
        c.group(), place == null ? null : place.textOf(text), place == null ? -1 : place.start(),
        place == null ? -1 : place.end(), period == null ? null : period.text(),
        period == null ? -1 : period.start(), period == null ? -1 : period.end(), s.start(), s.end());
  }

  /** «واحد» alone is mostly the adjective «one» («في وقت واحد»), not a count worth keeping. */
  private static boolean isLoneOne(List<Word> words, NumberReading r) {
    return r.end() - r.first() == 1 && r.value() == 1 && words.get(r.first()).isLetters();
  }

  private static List<Span> places(Article a) {
    List<Span> out = new ArrayList<>();
    for (Span e : a.spans(SpanKind.ENTITY)) {
      if ("LOC".equals(e.note())) out.add(e);
    }
    return out;
  }

  private static Span nearest(List<Span> places, Span sentence, int start, int end) {
    Span best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Span p : places) {
      if (p.start() < sentence.start() || p.end() > sentence.end()) continue;
      int d = distance(p.start(), p.end(), start, end);
      if (d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best;
  }

  private static Period nearestPeriod(List<Period> periods, int start, int end) {
    Period best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Period p : periods) {
      int d = distance(p.start(), p.end(), start, end);
      if (d < bestDistance) {
        best = p;
        bestDistance = d;
      }
    }
    return best;
  }

  private static int distance(int a, int b, int start, int end) {
    if (b <= start) return start - b;
    if (a >= end) return a - end;
    return 0;
  }

  private static boolean insideAny(List<Span> spans, int offset) {
    for (Span b : spans) {
      if (b.contains(offset)) return true;
    }
    return false;
  }
}
