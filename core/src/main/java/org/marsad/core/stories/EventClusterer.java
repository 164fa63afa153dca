package org.marsad.core.stories;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;

/**
 * Online, incremental, deterministic event clustering with a second level of storylines.
 *
 * <p>Call {@link #add} in publication order (articles without a date in ingest order). Each article joins
 * the best-scoring event within the time window, or opens a new one; a new event joins the best storyline
 * (lower threshold, longer window) or opens one. Scores are TF-IDF cosine (IDF counted online over the
 * articles seen so far, headline terms weighted up) mixed with the overlap of name-like terms, times a decay
 * with time distance (neutral when a date is unknown). Candidates come from an index over each event's top
 * terms, so the cost grows with the articles, not with their pairs. An article whose duplicateOf is known
 * lands with its original; a near-identical piece of an outlet already in the event joins it without moving
 * its centroid. Ids ("e000001", "s000001") never change once given.
 *
 * <p>Not thread-safe: one caller at a time.
 */
public final class EventClusterer {

  private final ClusteringOptions options;
  private final TermDictionary dict;
  private final ArticleTerms terms;
  private final GroupIndex events;
  private final GroupIndex storylines;
  private final Map<String, String> articleEvent;
  private final Map<String, Integer> eventIndex = new HashMap<>();
  private final Map<String, Integer> storylineIndex = new HashMap<>();
  private long clock;

  public EventClusterer(ClusteringOptions options) {
    this.options = options;
    this.dict = new TermDictionary();
    this.terms = new ArticleTerms(options.headlineWeight());
    this.events = new GroupIndex(options, dict);
    this.storylines = new GroupIndex(options.storylineLevel(), dict);
    this.articleEvent = new HashMap<>();
    this.clock = Group.UNKNOWN;
  }

  /** Resumes from a {@link #state()}: the results are those of one run that never stopped. */
  public EventClusterer(ClusteringOptions options, ClusterState state) {
    this.options = options;
    this.dict = TermDictionary.restore(state.articles(), state.terms(), state.df());
    this.terms = new ArticleTerms(options.headlineWeight());
    this.events = new GroupIndex(options, dict);
    this.storylines = new GroupIndex(options.storylineLevel(), dict);
    this.articleEvent = new HashMap<>(state.articleEvent());
    this.clock = state.clock();
    events.restore(state.events(), clock);
    storylines.restore(state.storylines(), clock);
    for (int i = 0; i < events.groups.size(); i++) eventIndex.put(events.groups.get(i).id, i);
    for (int i = 0; i < storylines.groups.size(); i++) storylineIndex.put(storylines.groups.get(i).id, i);
  }

  public Assignment add(Article a) {
    long time = epochMinutes(a.published());
    if (time != Group.UNKNOWN && (clock == Group.UNKNOWN || time > clock)) clock = time;
    ArticleTerms.Vector v = terms.of(a, dict);
    dict.addDocument(v.ids());
    Query q = new Query(v, dict, time, time == Group.UNKNOWN ? null : a.published());

    String original = a.duplicateOf() == null ? null : articleEvent.get(a.duplicateOf());
    int ei;
    boolean created = false;
    boolean evidence = true;
    if (original != null) {
      ei = eventIndex.get(original);
      evidence = false;
    } else {
      GroupIndex.Best best = events.best(q, clock);
      if (best != null) {
        ei = best.group();
        evidence = !events.sameOutletCopy(ei, a.outlet(), q);
      } else {
        ei = events.groups.size();
        String id = String.format("e%06d", ei + 1);
        Group e = events.create(id, null);
        eventIndex.put(id, ei);
        created = true;
        GroupIndex.Best line = storylines.best(q, clock);
        int si;
        if (line != null) {
          si = line.group();
        } else {
          si = storylines.groups.size();
          String sid = String.format("s%06d", si + 1);
          storylines.create(sid, null);
          storylineIndex.put(sid, si);
        }
        e.parent = storylines.groups.get(si).id;
      }
    }
    Group e = events.groups.get(ei);
    events.add(ei, a.id(), a.outlet(), q, evidence);
    storylines.add(storylineIndex.get(e.parent), a.id(), a.outlet(), q, evidence);
    articleEvent.put(a.id(), e.id);
    return new Assignment(a.id(), e.id, e.parent, created);
  }

  /** A snapshot to persist and resume from; shares nothing with this clusterer. */
  public ClusterState state() {
    return new ClusterState(dict.documents(), dict.terms(), dict.df(), clock,
        events.groups.stream().map(Group::toState).toList(),
        storylines.groups.stream().map(Group::toState).toList(),
        new HashMap<>(articleEvent));
  }

  /** Every event so far, oldest first. */
  public List<EventSummaryRow> events() {
    List<EventSummaryRow> out = new ArrayList<>(events.groups.size());
    for (Group g : events.groups) {
      out.add(new EventSummaryRow(g.id, g.parent, List.copyOf(g.articleIds), g.firstSeen, g.lastSeen));
    }
    return out;
  }

  /** Epoch minutes of an ISO date or date-time (or RFC 1123), or UNKNOWN. */
  static long epochMinutes(String published) {
    if (published == null || published.isBlank()) return Group.UNKNOWN;
    String p = published.strip();
    try {
      if (p.length() == 10) return LocalDate.parse(p).atStartOfDay().toEpochSecond(ZoneOffset.UTC) / 60;
      if (Character.isDigit(p.charAt(0))) {
        try {
          return OffsetDateTime.parse(p).toEpochSecond() / 60;
        } catch (DateTimeParseException e) {
          return java.time.LocalDateTime.parse(p).toEpochSecond(ZoneOffset.UTC) / 60;
        }
      }
      return ZonedDateTime.parse(p, DateTimeFormatter.RFC_1123_DATE_TIME).toEpochSecond() / 60;
    } catch (DateTimeParseException e) {
      return Group.UNKNOWN;
    }
  }
}
