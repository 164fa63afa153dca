package org.marsad.readers;

import java.util.Map;

/** Zip-based document formats, which are not archives of articles: skipped as binary by extension. */
final class OfficeFormats {

  private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
      Map.entry("docx", "Word"), Map.entry("xlsx", "Excel"), Map.entry("pptx", "PowerPoint"),
      Map.entry("odt", "OpenDocument text"), Map.entry("ods", "OpenDocument spreadsheet"),
      Map.entry("odp", "OpenDocument presentation"), Map.entry("epub", "EPUB"), Map.entry("jar", "Java archive"),
      Map.entry("apk", "Android package"));

  private OfficeFormats() {}

  /** The document kind for a zip-container extension, or null for an ordinary archive. */
  static String nameFor(String extension) {
    return BY_EXTENSION.get(extension);
  }
}
