package org.marsad.ingest.reuse;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A passage one article shares with another, oriented from its likely source to the copy: character
 * offsets into each article's original text, so both sides can be shown and highlighted.
 *
 * @param score similarity of the two sides, 0..1 (1: the same words)
 * @param words the passage's length on the copy's side, in tokens
 * @param sameOutlet both articles come from one outlet: reported apart from reuse across outlets
 * @param origin why {@code fromArticle} is taken for the source: {@link Origin.Basis}
 */
public record ReusePair(
    @JsonProperty("from_article") String fromArticle,
    @JsonProperty("to_article") String toArticle,
    @JsonProperty("from_start") int fromStart,
    @JsonProperty("from_end") int fromEnd,
    @JsonProperty("to_start") int toStart,
    @JsonProperty("to_end") int toEnd,
    double score,
    int words,
    @JsonProperty("from_outlet") String fromOutlet,
    @JsonProperty("to_outlet") String toOutlet,
    @JsonProperty("same_outlet") boolean sameOutlet,
    String origin) {

  /** The article on the other side of this passage from {@code article}. */
  public String other(String article) {
    return article.equals(toArticle) ? fromArticle : toArticle;
  }
}
