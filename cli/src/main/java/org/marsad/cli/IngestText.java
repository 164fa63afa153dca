package org.marsad.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.ingest.IngestReport;

/** The human form of an ingest report. */
final class IngestText {
  private IngestText() {}

  static void print(PrintStream out, IngestReport r, List<Article> listed, Path dataDir) {
    out.printf("Read %,d articles (%s) in %.1f s into %s%n", r.read(), Sizes.human(r.bytesRead()), r.seconds(),
        dataDir);
    out.printf("  stored          %,d%n", r.stored());
    out.printf("  duplicate       %,d  (already in the store: same outlet and source id, or same text)%n",
        r.duplicates());
    out.printf("  near-duplicate  %,d  (stored, linked with duplicate_of)%n", r.nearDuplicates());
    out.printf("  skipped         %,d%n", r.skipped());
    for (Map.Entry<String, Long> e : r.skippedByReason().entrySet()) {
      out.printf("    %-22s %,d%n", e.getKey(), e.getValue());
    }
    if (r.boilerplateMarked() > 0) {
      out.printf("  %,d articles gained repeated-line boilerplate%n", r.boilerplateMarked());
    }
    if (listed.isEmpty()) {
      out.println(r.read() > 0 ? "Nothing new was stored." : "No articles found.");
      return;
    }
    out.println();
    out.println("Stored:");
    Table t = new Table("ID", "OUTLET", "PUBLISHED", "SOURCE", "TITLE");
    for (Article a : listed) {
      t.row(a.id(), a.outlet(), Display.published(a), a.sourceId(), Display.title(a));
    }
    t.print(out);
    if (r.stored() > listed.size()) {
      out.printf("… and %,d more (marsad articles --data %s)%n", r.stored() - listed.size(), dataDir);
    }
  }
}
