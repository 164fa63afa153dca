package org.marsad.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * An analysed article: its original text, never changed, and the spans that annotate it.
 *
 * @param id stable id derived from the content, so the same article always gets the same id
 * @param published ISO-8601 date ("2016-11-30") or date-time ("2018-07-15T21:56:56+04:00"), or null
 * @param language BCP-47 code ("ar", "en") or "und"
 * @param duplicateOf id of an earlier stored article this one near-duplicates, or null
 */
public record Article(
    String id,
    String sourceId,
    String outlet,
    String url,
    String title,
    String published,
    PublishedFrom publishedFrom,
    String language,
    String text,
    List<Span> spans,
    String duplicateOf,
    String origin,
    String format) {

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    publishedFrom = publishedFrom == null ? PublishedFrom.UNKNOWN : publishedFrom;
    List<Span> sorted = new ArrayList<>(spans == null ? List.of() : spans);
    for (Span s : sorted) {
      if (s.end() > text.length()) {
        throw new IllegalArgumentException("span " + s + " runs past the text (" + text.length() + ")");
      }
    }
    Collections.sort(sorted);
    spans = Collections.unmodifiableList(sorted);
  }

  /** The spans of one kind, in text order. */
  public List<Span> spans(SpanKind kind) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (s.kind() == kind) out.add(s);
    }
    return out;
  }

  public Article withSpans(List<Span> newSpans) {
    return new Article(id, sourceId, outlet, url, title, published, publishedFrom, language, text,
        newSpans, duplicateOf, origin, format);
  }

  public Article withDuplicateOf(String original) {
    return new Article(id, sourceId, outlet, url, title, published, publishedFrom, language, text,
        spans, original, origin, format);
  }
}
