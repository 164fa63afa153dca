package org.marsad.cli;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.marsad.ingest.IngestReport;
import org.marsad.ingest.Skip;
import org.marsad.ingest.watch.SourcePass;
import org.marsad.ingest.watch.WatchBatch;

/**
 * One batch of marsad watch as a JSON object: {"time","stored","duplicates","failed","sources":[{"source",
 * "stored","duplicates","skipped","failure","articles":[ARTICLE_ROW]}],"stories_changed","stories",
 * "reuse_new_passages","seconds"}; "stories_changed", "stories" (the count) and "reuse_new_passages" are null
 * when nothing new was stored.
 */
final class WatchJson {

  private WatchJson() {}

  /** @param rowOf the ARTICLE_ROW of a stored article id (read back from the store) */
  static Map<String, Object> of(WatchBatch batch, Function<String, Map<String, Object>> rowOf) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("time", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    out.put("stored", batch.stored());
    long duplicates = 0;
    long failed = 0;
    List<Map<String, Object>> sources = new ArrayList<>();
    for (SourcePass p : batch.passes()) {
      IngestReport r = p.report();
      if (r != null) duplicates += r.duplicates();
      if (p.failed()) failed++;
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("source", p.source());
      s.put("stored", p.stored());
      s.put("duplicates", r == null ? 0 : r.duplicates());
      List<String> skipped = new ArrayList<>();
      if (r != null && !p.failed()) for (Skip k : r.skips()) skipped.add(k.message());
      s.put("skipped", skipped);
      s.put("failure", p.failure());
      List<Map<String, Object>> articles = new ArrayList<>();
      if (r != null) for (String id : r.storedIds()) articles.add(rowOf.apply(id));
      s.put("articles", articles);
      sources.add(s);
    }
    out.put("duplicates", duplicates);
    out.put("failed", failed);
    out.put("sources", sources);
    out.put("stories_changed", batch.stories() == null ? null : batch.stories().storiesChanged());
    out.put("stories", batch.stories() == null ? null : batch.stories().stories().size());
    out.put("reuse_new_passages", batch.reuse() == null ? null : batch.reuse().newPairs());
    out.put("seconds", Math.round(batch.seconds() * 1000) / 1000.0);
    return out;
  }
}
