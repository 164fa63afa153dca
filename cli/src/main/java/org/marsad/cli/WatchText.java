package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Skip;
import org.marsad.ingest.watch.SourcePass;
import org.marsad.ingest.watch.WatchBatch;

/**
 * What marsad watch prints: one line per batch that stored something (what was new, from where, what the
 * stories did) on stdout, or with --json one JSON object per line (see {@link WatchJson}), and one line per
 * failure or skipped input on stderr.
 */
final class WatchText {

  private final PrintStream out;
  private final PrintStream err;
  private final boolean quietWhenNothingNew;
  private final Function<String, Map<String, Object>> jsonRowOf;
  private int failures;

  /**
   * @param quietWhenNothingNew the long-running loop prints nothing for empty passes; --once always reports
   * @param jsonRowOf for --json, the ARTICLE_ROW of a stored id; null for text
   */
  WatchText(PrintStream out, PrintStream err, boolean quietWhenNothingNew,
      Function<String, Map<String, Object>> jsonRowOf) {
    this.out = out;
    this.err = err;
    this.quietWhenNothingNew = quietWhenNothingNew;
    this.jsonRowOf = jsonRowOf;
  }

  void started(int feeds, int folders, Path data, long intervalSeconds) {
    out.printf("Watching %d feed%s and %d folder%s into %s (feeds every %d s, backing off when quiet); Ctrl-C stops.%n",
        feeds, feeds == 1 ? "" : "s", folders, folders == 1 ? "" : "s", data, intervalSeconds);
  }

  void batch(WatchBatch batch) {
    for (SourcePass p : batch.passes()) {
      if (p.failed()) {
        failures++;
        err.println("marsad: watch " + p.source() + ": " + p.failure());
      } else if (p.report() != null) {
        for (Skip s : p.report().skips()) err.println("marsad: " + s.message());
      }
    }
    boolean failed = batch.passes().stream().anyMatch(SourcePass::failed);
    if (jsonRowOf != null) {
      if (batch.stored() > 0 || failed || !quietWhenNothingNew) Json.printLine(out, WatchJson.of(batch, jsonRowOf));
      return;
    }
    if (batch.stored() == 0 && quietWhenNothingNew) return;
    out.println(line(batch));
    out.flush();
  }

  /** Sources that failed in the batches printed so far. */
  int failures() {
    return failures;
  }

  void stillWriting(String file) {
    err.println("marsad: " + file + ": still being written; left for the next run");
  }

  /** "2026-11-22T04:31:07Z 3 new (2 from URL, 1 from incoming); 1 already stored; stories: 2 new or grown, 57 in all; 4 new reuse passages; 2.1 s" */
  static String line(WatchBatch batch) {
    StringBuilder sb = new StringBuilder(Instant.now().truncatedTo(ChronoUnit.SECONDS).toString()).append(' ');
    long duplicates = 0;
    List<String> from = new ArrayList<>();
    for (SourcePass p : batch.passes()) {
      IngestReport r = p.report();
      if (r == null) continue;
      duplicates += r.duplicates();
      if (r.stored() > 0) from.add(r.stored() + " from " + p.source());
    }
    if (batch.stored() == 0) sb.append("nothing new");
    else sb.append(batch.stored()).append(" new (").append(String.join(", ", from)).append(')');
    if (duplicates > 0) sb.append("; ").append(duplicates).append(" already stored");
    long failed = batch.passes().stream().filter(SourcePass::failed).count();
    if (failed > 0) sb.append("; ").append(failed).append(" source").append(failed == 1 ? "" : "s").append(" failed");
    if (batch.stories() != null) {
      sb.append("; stories: ").append(batch.stories().storiesChanged()).append(" new or grown, ")
          .append(batch.stories().stories().size()).append(" in all");
    }
    if (batch.reuse() != null) sb.append("; ").append(batch.reuse().newPairs()).append(" new reuse passages");
    sb.append(String.format("; %.1f s", batch.seconds()));
    return sb.toString();
  }
}
