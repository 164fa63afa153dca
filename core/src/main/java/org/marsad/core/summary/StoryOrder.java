package org.marsad.core.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.core.model.Article;

/**
 * The order a summary reads a story's articles in: by publication date (ISO strings compare in time order
 * for one format; a date sorts before date-times of that day), undated articles last, and the caller's
 * order among equals (the sort is stable), so a summary reads as the story unfolded.
 */
final class StoryOrder {

  private static final Comparator<Article> BY_PUBLISHED =
      Comparator.comparing(Article::published, Comparator.nullsLast(Comparator.naturalOrder()));

  private StoryOrder() {}

  static List<Article> of(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles);
    out.sort(BY_PUBLISHED);
    return out;
  }
}
