package org.marsad.core.model;

import java.util.Locale;

/** Where an article's publication date came from. */
public enum PublishedFrom {
  /** A field of the record: JSON date, TREC TIME, HTML meta or JSON-LD, feed entry date. */
  METADATA,
  /** An explicit date written in the text, such as «الأربعاء 30 نوفمبر/ تشرين الثاني 2016». */
  TEXT,
  /** Not known. */
  UNKNOWN;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
