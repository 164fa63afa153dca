package org.marsad.server;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The envelope of every list: {"total","offset","limit",NAME:[...]}. */
final class Paged {

  private Paged() {}

  static Map<String, Object> of(long total, Params.Page page, String name, List<?> items) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("total", total);
    m.put("offset", page.offset());
    m.put("limit", page.limit());
    m.put(name, items);
    return m;
  }

  /** The page's slice of a list already filtered in full. */
  static <T> List<T> slice(List<T> all, Params.Page page) {
    int from = Math.min(page.offset(), all.size());
    return all.subList(from, Math.min(all.size(), from + page.limit()));
  }
}
