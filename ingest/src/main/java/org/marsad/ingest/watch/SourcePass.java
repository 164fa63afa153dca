package org.marsad.ingest.watch;

import org.marsad.ingest.IngestReport;

/**
 * What one watched source did in one pass.
 *
 * @param source the feed URL or folder, as given
 * @param report the ingest of what it brought, or null when nothing was read (not due, 304, failure)
 * @param failure one line saying why the source could not be read this time, or null
 */
public record SourcePass(String source, IngestReport report, String failure) {

  public long stored() {
    return report == null ? 0 : report.stored();
  }

  public boolean failed() {
    return failure != null;
  }
}
