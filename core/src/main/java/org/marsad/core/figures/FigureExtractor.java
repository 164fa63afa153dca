package org.marsad.core.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;
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
      NumberReading high = Ranges.upperEnd(words, r);
      if (high != null && NotAFigure.applies(text, words, high)) { // «بين 3 و4 أعوام» is a duration
        i = high.end() - 1;
        continue;
      }
      if (periods == null) periods = PeriodFinder.find(text, words);
      Long upper = high == null ? null : high.value();
      if (high != null) r = Ranges.span(r, high);
      Figure f = figure(text, s, words, r, upper, places, periods, previousKind);
      out.add(f);
      previousKind = f.kind();
      i = r.end() - 1;
    }
  }

  /** The figure of reading {@code r}; {@code rangeUpper} is the upper end of a «بين ... و» range, or null. */
  private static Figure figure(String text, Span s, List<Word> words, NumberReading r, Long rangeUpper,
      List<Span> places, List<Period> periods, String previousKind) {
    Qualifier q = rangeUpper != null ? Ranges.opener(words, r) : Qualifiers.before(words, r.first());
    Counted c = CountedKinds.of(words, r, previousKind);
    int start = q == null ? r.startChar() : q.startChar();
    int last = Math.max(r.end(), c.nounEnd());
    String qualifier = q == null ? null : q.name();
    int hedgeEnd = q == null ? Qualifiers.after(words, last) : -1; // «43 شخصا على الأقل»
    if (hedgeEnd > 0) {
      qualifier = Qualifiers.afterName(words, last);
      last = hedgeEnd;
    }
    int end = words.get(last - 1).end();
    boolean less = Qualifier.LESS_THAN.equals(qualifier);
    long value = less ? 0 : r.value();
    Long upper = less ? Long.valueOf(r.value()) : rangeUpper;
    boolean approx = r.vague() || qualifier != null;
    Span place = nearest(inside(places, s), Span::start, Span::end, start, end);
    Period period = nearest(periods, Period::start, Period::end, start, end);
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

  /** The item closest to [start, end), in chars; null when there is none. */
  private static <T> T nearest(List<T> items, ToIntFunction<T> itemStart, ToIntFunction<T> itemEnd, int start,
      int end) {
    T best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (T p : items) {
      int d = distance(itemStart.applyAsInt(p), itemEnd.applyAsInt(p), start, end);
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

  private static List<Span> inside(List<Span> spans, Span sentence) {
    List<Span> out = new ArrayList<>();
    for (Span p : spans) {
      if (p.start() >= sentence.start() && p.end() <= sentence.end()) out.add(p);
    }
    return out;
  }

  private static boolean insideAny(List<Span> spans, int offset) {
    for (Span b : spans) {
      if (b.contains(offset)) return true;
    }
    return false;
  }
}
