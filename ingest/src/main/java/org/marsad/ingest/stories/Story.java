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
 * @param entities the people, places and organizations it names, most central first
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
    List<StoryEntity> entities) {

  public Story {
    entities = entities == null ? List.of() : entities;
  }

  public Story withEntities(List<StoryEntity> newEntities) {
    return new Story(id, title, storyline, firstSeen, lastSeen, outlets, articles, summary, newEntities);
  }

  /** An article of the story, in publication order (unknown dates last, in ingest order). */
  public record StoryArticle(
      String id,
      @JsonProperty("source_id") String sourceId,
      String outlet,
      String title,
      String published,
      @JsonProperty("duplicate_of") String duplicateOf) {}

  /** A summary sentence: text == the cited article's text.substring(start, end). */
  public record SummaryLine(String text, String article, int start, int end) {}
}
