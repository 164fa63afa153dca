package org.marsad.ingest.stories;

import org.marsad.ingest.entities.StoryEntity;
import org.marsad.ingest.reuse.ReusePair;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * One story as users and scripts see it: the JSON contract of `marsad stories --json` (field names are
 * documented in the README; later issues add keys, never rename these).
 *
 * @param firstSeen earliest publication date among its articles, null when none is known
 * @param summary extractive summary; each sentence cites an article and offsets into its original text
 * @param mergedIds ids of the stories merged into this one (found to be the same event), ascending; they
 *     still resolve to this story. Empty, never null.
 * @param entities the people, places and organizations it names, most central first
 * @param timeline its dated statements, oldest first, each cited
 * @param quotes who said what, in article order
 * @param figures the counted quantities its articles give
 * @param disagreements figures of one kind, group, place and period that its articles give incompatibly
 * @param reuse the passages its articles share with each other, each oriented from its likely source to
 *     the copy
 */
public record Story(
    String id,
    String title,
    String storyline,
    @JsonProperty("first_seen") String firstSeen,
    @JsonProperty("last_seen") String lastSeen,
    List<String> outlets,
    List<StoryArticle> articles,
    List<SummaryLine> summary,
    @JsonProperty("merged_ids") List<String> mergedIds,
    List<StoryEntity> entities,
    List<TimelineLine> timeline,
    List<QuoteLine> quotes,
    List<FigureLine> figures,
    List<DisagreementLine> disagreements,
    List<ReusePair> reuse) {

  public Story {
    // A stories file written before merges existed has no merged_ids.
    mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
    entities = entities == null ? List.of() : entities;
    timeline = timeline == null ? List.of() : timeline;
    quotes = quotes == null ? List.of() : quotes;
    figures = figures == null ? List.of() : figures;
    disagreements = disagreements == null ? List.of() : disagreements;
    reuse = reuse == null ? List.of() : reuse;
  }

  /** The same story in another storyline (its storyline was merged into an older one). */
  public Story withStoryline(String newStoryline) {
    return new Story(id, title, newStoryline, firstSeen, lastSeen, outlets, articles, summary, mergedIds, entities,
        timeline, quotes, figures, disagreements, reuse);
  }

  public Story withEntities(List<StoryEntity> newEntities) {
    return new Story(id, title, storyline, firstSeen, lastSeen, outlets, articles, summary, mergedIds, newEntities,
        timeline, quotes, figures, disagreements, reuse);
  }

  public Story withReuse(List<ReusePair> newReuse) {
    return new Story(id, title, storyline, firstSeen, lastSeen, outlets, articles, summary, mergedIds, entities,
        timeline, quotes, figures, disagreements, newReuse);
  }

  /** An article of the story, in publication order (unknown dates last, in ingest order). */
  public record StoryArticle(
      String id,
      @JsonProperty("source_id") String sourceId,
      String outlet,
      String title,
      String published,
      @JsonProperty("duplicate_of") String duplicateOf) {}

  /**
   * A dated statement: the sentence ({@code text} == the cited article's text.substring(start, end)) and
   * where in it the date is written; {@code date} is yyyy-MM-dd, {@code precision} day, month or year.
   */
  public record TimelineLine(String date, String precision, boolean since, String text, String article,
      int start, int end, @JsonProperty("date_start") int dateStart, @JsonProperty("date_end") int dateEnd) {}

  /**
   * A statement and who made it: {@code text} == the article's text.substring(start, end); the speaker as
   * written (null when the text names no one: «وفق مصدر»), at speaker_start/speaker_end, and the entity id
   * of the person or body named there when one was resolved.
   */
  public record QuoteLine(String speaker, @JsonProperty("speaker_entity") String speakerEntity, String verb,
      String text, boolean direct, String article, int start, int end,
      @JsonProperty("speaker_start") int speakerStart, @JsonProperty("speaker_end") int speakerEnd) {}

  /** A counted quantity: value (a lower bound when approx), what it counts, where and when, cited. */
  public record FigureLine(String text, long value, Long upper, boolean approx, String qualifier, String kind,
      String group, String place, String period, String article, int start, int end) {}

  /**
   * Figures or lists that cannot all be true, with every claim. {@code reason}: {@code figures} (the
   * numbers differ), {@code count_vs_named} (a list names more or fewer members than its count) or
   * {@code members} (lists of one group differ; {@code unshared} names what some lack).
   */
  public record DisagreementLine(String kind, String group, String place, String period, String reason,
      List<String> unshared, List<ClaimLine> claims) {

    public DisagreementLine {
      reason = reason == null ? "figures" : reason; // a stories file from before lists were compared
      unshared = unshared == null ? List.of() : unshared;
    }
  }

  /** One article's figure (or list: {@code value} its count, {@code members} the names it gives) in a disagreement. */
  public record ClaimLine(String article, String outlet, String text, long value, boolean approx, String qualifier,
      int start, int end, List<String> members) {}

  /** A summary sentence: text == the cited article's text.substring(start, end). */
  public record SummaryLine(String text, String article, int start, int end) {}
}
