package org.marsad.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Skip;

/** The --json form of an ingest report. Field names are documented in the README; keep them stable. */
final class IngestJson {
  private IngestJson() {}

  static Map<String, Object> of(IngestReport r, List<Map<String, Object>> storedRows, Path dataDir) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("data", dataDir.toString());
    m.put("read", r.read());
    m.put("stored", r.stored());
    m.put("duplicates", r.duplicates());
    m.put("near_duplicates", r.nearDuplicates());
    m.put("skipped", r.skipped());
    m.put("skipped_by_reason", r.skippedByReason());
    List<Map<String, Object>> skips = new ArrayList<>();
    for (Skip s : r.skips()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("file", s.origin());
      o.put("reason", s.reason());
      o.put("detail", s.detail());
      skips.add(o);
    }
    m.put("skips", skips);
    m.put("boilerplate_marked", r.boilerplateMarked());
    m.put("seconds", Math.round(r.seconds() * 1000) / 1000.0);
    m.put("articles", storedRows);
    return m;
  }
}
