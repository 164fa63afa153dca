package org.marsad.ingest.stories;

import org.marsad.ingest.entities.StoryEntity;
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
    List<TimelineLine> timeline) {

  public Story {
    // A stories file written before merges existed has no merged_ids.
    mergedIds = mergedIds == null ? List.of() : List.copyOf(mergedIds);
    entities = entities == null ? List.of() : entities;
    timeline = timeline == null ? List.of() : timeline;
  }

  /** The same story in another storyline (its storyline was merged into an older one). */
  public Story withStoryline(String newStoryline) {
    return new Story(id, title, newStoryline, firstSeen, lastSeen, outlets, articles, summary, mergedIds, entities, timeline);
  }

  public Story withEntities(List<StoryEntity> newEntities) {
    return new Story(id, title, storyline, firstSeen, lastSeen, outlets, articles, summary, mergedIds, newEntities, timeline);
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

  /** A summary sentence: text == the cited article's text.substring(start, end). */
  public record SummaryLine(String text, String article, int start, int end) {}
}
