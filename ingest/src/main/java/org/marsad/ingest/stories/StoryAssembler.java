package org.marsad.ingest.stories;

import org.marsad.core.timeline.TimelineBuilder;
import org.marsad.core.timeline.TimelineEntry;
import org.marsad.ingest.entities.StoryEntity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.core.model.Article;
import org.marsad.core.summary.SummarySentence;

/** Turns an event's articles and summary into the published {@link Story}. */
final class StoryAssembler {
  private StoryAssembler() {}

  /** Most recent last_seen first; stories with no known date after the dated ones; then by id. */
  static final Comparator<Story> MOST_RECENT_FIRST = Comparator
      .comparing((Story s) -> s.lastSeen() == null ? "" : s.lastSeen(), Comparator.reverseOrder())
      .thenComparing(Story::id);

  /**
   * @param articles in publication order
   * @param mergedIds ids of the events merged into this one
   */
  static Story assemble(String id, String storyline, List<String> mergedIds, List<Article> articles,
      List<SummarySentence> summary, List<StoryEntity> entities, StoryClaims.Result claims) {
    String first = null;
    String last = null;
    Set<String> outlets = new LinkedHashSet<>();
    List<Story.StoryArticle> rows = new ArrayList<>();
    for (Article a : articles) {
      if (a.published() != null) {
        if (first == null || a.published().compareTo(first) < 0) first = a.published();
        if (last == null || a.published().compareTo(last) > 0) last = a.published();
      }
      if (a.outlet() != null) outlets.add(a.outlet());
      rows.add(new Story.StoryArticle(a.id(), a.sourceId(), a.outlet(), a.title(), a.published(), a.duplicateOf()));
    }
    List<Story.SummaryLine> lines = new ArrayList<>();
    for (SummarySentence s : summary) lines.add(new Story.SummaryLine(s.text(), s.articleId(), s.start(), s.end()));
    return new Story(id, representativeTitle(articles, lines), storyline, first, last, List.copyOf(outlets), rows,
        lines, mergedIds, entities, timeline(articles), claims.quotes(), claims.figures(), claims.disagreements(),
        List.of());
  }

  private static final TimelineBuilder TIMELINE = new TimelineBuilder();

  static List<Story.TimelineLine> timeline(List<Article> articles) {
    List<Story.TimelineLine> out = new ArrayList<>();
    for (TimelineEntry e : TIMELINE.build(articles)) {
      out.add(new Story.TimelineLine(e.date().toString(), e.precision().name().toLowerCase(java.util.Locale.ROOT),
          e.since(), e.text(), e.article(), e.start(), e.end(), e.dateStart(), e.dateEnd()));
    }
    return out;
  }

  /**
   * The headline that shares the most words with the story's other headlines (the medoid), earliest on a
   * tie; when no article has a headline, the first summary sentence stands in.
   */
  static String representativeTitle(List<Article> articles, List<Story.SummaryLine> summary) {
    List<String> titles = new ArrayList<>();
    List<Set<String>> words = new ArrayList<>();
    for (Article a : articles) {
      if (a.title() == null || a.title().isBlank()) continue;
      titles.add(a.title().strip());
      words.add(new HashSet<>(List.of(a.title().strip().split("[\\s\\p{Punct}«»،؛؟]+"))));
    }
    if (titles.isEmpty()) return summary.isEmpty() ? null : summary.get(0).text();
    int best = 0;
    double bestScore = -1;
    for (int i = 0; i < titles.size(); i++) {
      double score = 0;
      for (int j = 0; j < titles.size(); j++) if (i != j) score += jaccard(words.get(i), words.get(j));
      if (score > bestScore) {
        bestScore = score;
        best = i;
      }
    }
    return titles.get(best);
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() && b.isEmpty()) return 0;
    int common = 0;
    for (String w : a) if (b.contains(w)) common++;
    return common / (double) (a.size() + b.size() - common);
  }
}
