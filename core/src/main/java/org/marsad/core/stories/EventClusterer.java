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
import java.util.TreeSet;
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
 * <p>Events merge when an article shows that two of them are one: it scores at or above the join threshold
 * with both, each has at least two members, and the two events, compared as wholes, also reach that
 * threshold: the average member of each would join the other ({@link GroupIndex#similarity}). The article is
 * the occasion, the events' own likeness the evidence, judged by the same threshold that lets an article in.
 * The older event (opened first) keeps its id and takes the other's articles; the other id is remembered as
 * merged into it ({@link #resolve}). Their storylines merge too, the older storyline keeping its id. Merges
 * are only looked for among the candidates an article is scored against anyway, so they cost no search of
 * their own.
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
  /** The live events of each live storyline, by index. */
  private final Map<Integer, TreeSet<Integer>> storylineEvents = new HashMap<>();
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
    for (int i = 0; i < storylines.groups.size(); i++) storylineIndex.put(storylines.groups.get(i).id, i);
    for (int i = 0; i < events.groups.size(); i++) {
      Group e = events.groups.get(i);
      eventIndex.put(e.id, i);
      if (e.live()) storylineEvents.computeIfAbsent(storylineIndex.get(e.parent), k -> new TreeSet<>()).add(i);
    }
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
    List<String> merged = List.of();
    if (original != null) {
      ei = eventIndex.get(original);
      evidence = false;
    } else {
      List<GroupIndex.Best> matches = events.matches(q, clock);
      if (!matches.isEmpty()) {
        ei = matches.get(0).group();
        evidence = !events.sameOutletCopy(ei, a.outlet(), q);
        if (evidence && matches.size() > 1) {
          List<Integer> same = sameEvent(ei, matches);
          if (!same.isEmpty()) {
            merged = new ArrayList<>();
            ei = merge(ei, same, merged);
          }
        }
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
        storylineEvents.computeIfAbsent(si, k -> new TreeSet<>()).add(ei);
      }
    }
    Group e = events.groups.get(ei);
    events.add(ei, a.id(), a.outlet(), q, evidence);
    storylines.add(storylineIndex.get(e.parent), a.id(), a.outlet(), q, evidence);
    articleEvent.put(a.id(), e.id);
    return new Assignment(a.id(), e.id, e.parent, created, merged);
  }

  /**
   * The other matched events that are the same event as the best one: both have at least two members that
   * counted as evidence, and they are as alike as an article must be to join ({@link GroupIndex#similarity}:
   * the average member of each would join the other). An event of one article is left alone: that article's
   * place was decided when it came, and merging is for events, not for second thoughts about one article.
   */
  private List<Integer> sameEvent(int best, List<GroupIndex.Best> matches) {
    List<Integer> out = new ArrayList<>();
    Group b = events.groups.get(best);
    if (b.memberOutlets.size() < 2) return out;
    for (int m = 1; m < matches.size(); m++) {
      int other = matches.get(m).group();
      Group o = events.groups.get(other);
      if (o.memberOutlets.size() >= 2 && events.similarity(b, o) >= options.eventThreshold()) out.add(other);
    }
    return out;
  }

  /**
   * Merges {@code best} and {@code same} into the oldest of them; returns its index and adds the merged-away
   * ids to {@code mergedIds}, ascending.
   */
  private int merge(int best, List<Integer> same, List<String> mergedIds) {
    TreeSet<Integer> all = new TreeSet<>(same);
    all.add(best);
    int survivor = all.pollFirst();
    Group s = events.groups.get(survivor);
    for (int other : all) {
      Group o = events.groups.get(other);
      mergedIds.add(o.id);
      for (String article : o.articleIds) articleEvent.put(article, s.id);
      int ls = storylineIndex.get(s.parent), lo = storylineIndex.get(o.parent);
      storylineEvents.get(lo).remove(other);
      events.merge(survivor, other);
      if (ls != lo) mergeStorylines(Math.min(ls, lo), Math.max(ls, lo));
    }
    return survivor;
  }

  /** The older storyline takes the younger's articles and events; the younger id is merged into it. */
  private void mergeStorylines(int older, int younger) {
    String id = storylines.groups.get(older).id;
    TreeSet<Integer> moving = storylineEvents.remove(younger);
    if (moving != null) {
      for (int e : moving) events.groups.get(e).parent = id;
      storylineEvents.computeIfAbsent(older, k -> new TreeSet<>()).addAll(moving);
    }
    storylines.merge(older, younger);
  }

  /** The live event an event id now stands for: itself, or the event it was merged into; null if unknown. */
  public String resolve(String eventId) {
    Integer i = eventIndex.get(eventId);
    if (i == null) return null;
    Group g = events.groups.get(i);
    while (!g.live()) g = events.groups.get(eventIndex.get(g.mergedInto));
    return g.id;
  }

  /** The storyline of a live event, or of the event it was merged into; null for an unknown id. */
  public String storylineOf(String eventId) {
    String live = resolve(eventId);
    return live == null ? null : events.groups.get(eventIndex.get(live)).parent;
  }

  /** The ids merged into a live event, ascending; empty when none or when the id is not a live event. */
  public List<String> mergedIds(String eventId) {
    Integer i = eventIndex.get(eventId);
    return i == null ? List.of() : List.copyOf(events.groups.get(i).mergedIds);
  }

  /** A snapshot to persist and resume from; shares nothing with this clusterer. */
  public ClusterState state() {
    return new ClusterState(dict.documents(), dict.terms(), dict.df(), clock,
        events.groups.stream().map(Group::toState).toList(),
        storylines.groups.stream().map(Group::toState).toList(),
        new HashMap<>(articleEvent));
  }

  /** Every live event (not merged into another), oldest first. */
  public List<EventSummaryRow> events() {
    List<EventSummaryRow> out = new ArrayList<>(events.groups.size());
    for (Group g : events.groups) {
      if (!g.live()) continue;
      out.add(new EventSummaryRow(g.id, g.parent, List.copyOf(g.articleIds), g.firstSeen, g.lastSeen,
          List.copyOf(g.mergedIds)));
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
