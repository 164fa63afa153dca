package org.marsad.core.model;

import java.util.Objects;

/**
 * A half-open range [start, end) of char offsets into an article's original text, with what it marks.
 *
 * @param note optional detail, e.g. why a boilerplate span was marked ("read-also"); null when none
 */
public record Span(SpanKind kind, int start, int end, String note) implements Comparable<Span> {

  public Span {
    Objects.requireNonNull(kind, "kind");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + kind + " [" + start + "," + end + ")");
    }
  }

  public Span(SpanKind kind, int start, int end) {
    this(kind, start, end, null);
  }

  public int length() {
    return end - start;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered slice of {@code text}, the text this span was made on. */
  public String textOf(String text) {
    return text.substring(start, end);
  }

  /** Orders by start, then longer first, then kind: a containing span comes before what it contains. */
  @Override
  public int compareTo(Span o) {
    if (start != o.start) return Integer.compare(start, o.start);
    if (end != o.end) return Integer.compare(o.end, end);
    return kind.compareTo(o.kind);
  }
}
