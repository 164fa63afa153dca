package org.marsad.core.entities;

import java.util.Objects;

/**
 * One name the NER tagger found in an article: a half-open range [start, end) of char offsets into the
 * article's original text, with attached proclitics (و ف ب ل ك) already left out of it.
 *
 * @param surface exactly the original text slice [start, end)
 */
public record Mention(String articleId, int start, int end, String surface, EntityType type) {

  public Mention {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(surface, "surface");
    Objects.requireNonNull(type, "type");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad mention [" + start + "," + end + ") in " + articleId);
    }
  }
}
