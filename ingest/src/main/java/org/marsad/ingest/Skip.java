package org.marsad.ingest;

/**
 * One skipped input.
 *
 * @param origin the file (with "!entry" inside archives, "#n" for a record)
 * @param reason a short stable category, e.g. "binary file", used to group the end summary
 * @param detail the human explanation
 */
public record Skip(String origin, String reason, String detail) {

  /** The one line a user sees: the file, the reason, and that it was skipped. */
  public String message() {
    return origin + ": skipped: " + reason + (detail == null || detail.isBlank() ? "" : " (" + detail + ")");
  }
}
