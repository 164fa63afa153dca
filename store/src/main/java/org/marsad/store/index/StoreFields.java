package org.marsad.store.index;

import org.marsad.core.model.SpanKind;

/** The field names of the index schema, one place for the writer, the reader and the searcher. */
public final class StoreFields {

  private StoreFields() {}

  /** Bumped when the schema changes incompatibly; recorded in every commit. */
  public static final int SCHEMA_VERSION = 1;

  /** Indexed term, sorted doc values (loading ids, sorting) and stored. */
  public static final String ID = "id";
  /** Sorted doc values of {@link #sourceKey}; neither indexed nor stored. */
  public static final String SOURCE_KEY = "source";
  public static final String SOURCE_ID = "sourceId";
  /** Stored, and sorted doc values for the per-outlet counts. */
  public static final String OUTLET = "outlet";
  public static final String URL = "url";
  /** Analyzed and stored. */
  public static final String TITLE = "title";
  public static final String PUBLISHED = "published";
  /** Numeric doc values: the publication instant in epoch milliseconds, absent when unknown. */
  public static final String PUBLISHED_ORDER = "published.order";
  public static final String PUBLISHED_FROM = "publishedFrom";
  public static final String LANGUAGE = "language";
  public static final String FORMAT = "format";
  public static final String ORIGIN = "origin";
  /** Indexed term, sorted doc values and stored. */
  public static final String DUPLICATE_OF = "duplicateOf";
  /** Stored original text, indexed without boilerplate, with offsets in postings for highlighting. */
  public static final String TEXT = "text";
  /** Binary stored field, see {@link org.marsad.store.codec.SpanCodec}. */
  public static final String SPANS = "spans";
  /** Binary doc values, see {@link org.marsad.store.codec.SignatureCodec}. */
  public static final String SIGNATURE = "signature";
  /** One indexed, not stored, term per line key. */
  public static final String LINE_KEY = "line";
  /** Stored copy of the line keys, so that an update can keep them. */
  public static final String LINE_KEYS_STORED = "lines";
  /** Numeric doc values: insertion order, kept across updates. */
  public static final String SEQ = "seq";

  /** Commit user data keys. */
  public static final String COMMIT_SCHEMA = "marsad.schema";
  public static final String COMMIT_NEXT_SEQ = "marsad.nextSeq";
  public static final String COMMIT_ARTICLES = "marsad.articles";
  public static final String COMMIT_TIME = "marsad.committedAt";

  /** Numeric doc values holding how many spans of this kind an article has, for stats. */
  public static String spanCount(SpanKind kind) {
    return "spans." + kind.label();
  }

  /** Unit separator: cannot appear in an outlet name or a source id in practice, and sorts low. */
  public static String sourceKey(String outlet, String sourceId) {
    return (outlet == null ? "" : outlet) + '\u001F' + (sourceId == null ? "" : sourceId);
  }
}
