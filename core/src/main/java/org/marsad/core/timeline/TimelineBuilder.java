package org.marsad.core.timeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.dates.DateMention;
import org.marsad.core.dates.DateMentionFinder;
import org.marsad.core.dates.PublicationDay;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * A story's timeline: every sentence of its articles that states a date, placed on the calendar (relative
 * dates against its article's publication date), oldest first. A sentence copied by several outlets is told
 * once, by its earliest article; the headline is left out, since the body states its facts. Thread-safe.
 */
public final class TimelineBuilder {

  /** A long story keeps the dated statements that matter most, at most this many. */
  static final int MAX_ENTRIES = 40;

  private final DateMentionFinder dates = new DateMentionFinder();
  private final MatchNormalizer normalizer = new MatchNormalizer();

  /** @param articles in publication order */
  public List<TimelineEntry> build(List<Article> articles) {
    List<TimelineEntry> out = new ArrayList<>();
    Set<String> told = new HashSet<>();
    for (Article a : articles) {
      LocalDate published = PublicationDay.of(a.published());
      List<Span> headlines = a.spans(SpanKind.HEADLINE);
      for (Span s : a.spans(SpanKind.SENTENCE)) {
        if (!headlines.isEmpty() && headlines.get(0).start() == s.start()) continue;
        List<DateMention> found = dates.find(a.text(), s.start(), s.end(), published);
        if (found.isEmpty()) continue;
        String sentence = s.textOf(a.text());
        if (!told.add(normalizer.normalize(sentence.replaceAll("\\s+", " ")))) continue;
        DateMention d = mostPrecise(found);
        out.add(new TimelineEntry(d.date(), d.precision(), d.since(), sentence, a.id(), s.start(), s.end(),
            d.start(), d.end()));
      }
    }
    out.sort(Comparator.comparing(TimelineEntry::date).thenComparing(e -> e.precision().ordinal()));
    if (out.size() > MAX_ENTRIES) {
      // Keep the day-precise statements first, then restore date order.
      List<TimelineEntry> kept = new ArrayList<>(out);
      kept.sort(Comparator.comparingInt(e -> e.precision().ordinal()));
      kept = new ArrayList<>(kept.subList(0, MAX_ENTRIES));
      kept.sort(Comparator.comparing(TimelineEntry::date));
      return kept;
    }
    return out;
  }

  /** The first day-precise date of a sentence, else its first date. */
  private static DateMention mostPrecise(List<DateMention> found) {
    for (DateMention d : found) if (d.precision() == DateMention.Precision.DAY) return d;
    return found.get(0);
  }
}
