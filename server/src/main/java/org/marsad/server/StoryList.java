package org.marsad.server;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.ingest.stories.Story;

/** The story list's JSON: each item built once per snapshot, each page joined from those bytes. */
final class StoryList {

  /** Entities a list item keeps (the most central); the full story has them all. */
  static final int LIST_ENTITIES = 8;

  private StoryList() {}

  /**
   * A story as a list shows it: the STORY fields up to its summary and its most central entities; the
   * long lists (timeline, quotes, figures, disagreements, reuse) are left out and counted.
   */
  static Map<String, Object> item(Story s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", s.id());
    m.put("title", s.title());
    m.put("storyline", s.storyline());
    m.put("first_seen", s.firstSeen());
    m.put("last_seen", s.lastSeen());
    m.put("outlets", s.outlets());
    m.put("articles", s.articles());
    m.put("summary", s.summary());
    m.put("merged_ids", s.mergedIds());
    m.put("entities", s.entities().subList(0, Math.min(LIST_ENTITIES, s.entities().size())));
    m.put("abridged", true);
    Map<String, Integer> counts = new LinkedHashMap<>();
    counts.put("entities", s.entities().size());
    counts.put("timeline", s.timeline().size());
    counts.put("quotes", s.quotes().size());
    counts.put("figures", s.figures().size());
    counts.put("disagreements", s.disagreements().size());
    counts.put("reuse", s.reuse().size());
    m.put("counts", counts);
    return m;
  }

  /** {"total","offset","limit","stories":[...]} from the page's stored items. */
  static byte[] page(long total, Params.Page page, List<StoryEntry> items) {
    int size = 64;
    for (StoryEntry s : items) size += s.listJson().length + 1;
    ByteArrayOutputStream out = new ByteArrayOutputStream(size);
    out.writeBytes(("{\"total\":" + total + ",\"offset\":" + page.offset() + ",\"limit\":" + page.limit()
        + ",\"stories\":[").getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) out.write(',');
      out.writeBytes(items.get(i).listJson());
    }
    out.writeBytes("]}".getBytes(StandardCharsets.US_ASCII));
    return out.toByteArray();
  }
}
