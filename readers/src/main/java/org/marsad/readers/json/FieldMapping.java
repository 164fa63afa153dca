package org.marsad.readers.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.readers.meta.Whitespace;

/**
 * Where each logical article field lives in a JSON record. Defaults cover the common layouts (first
 * present wins); {@code --field name=path} overrides one field with a dotted path or JSON pointer.
 * Pointers are compiled once, so a mapping is immutable and thread-safe.
 */
public final class FieldMapping {

  private static final Map<String, List<String>> DEFAULTS = Map.of(
      "title", List.of("title", "headline"),
      "text", List.of("content", "text", "body", "article"),
      "published", List.of("date", "published", "date_extracted", "datePublished", "pubDate", "published_at"),
      "outlet", List.of("source", "outlet"),
      "url", List.of("url", "link"),
      "id", List.of("id", "_id", "docno"));

  private final Map<String, JsonPointer[]> pointers = new HashMap<>();
  private final Map<String, String> described = new HashMap<>();

  /** @throws IllegalArgumentException when a path is not a valid dotted path or JSON pointer */
  public FieldMapping(Map<String, String> overrides) {
    for (Map.Entry<String, List<String>> e : DEFAULTS.entrySet()) {
      String override = overrides.get(e.getKey());
      List<String> paths = override != null ? List.of(override) : e.getValue();
      JsonPointer[] compiled = new JsonPointer[paths.size()];
      for (int i = 0; i < compiled.length; i++) compiled[i] = compile(paths.get(i));
      pointers.put(e.getKey(), compiled);
      described.put(e.getKey(), String.join(", ", paths));
    }
  }

  /** The field's value as text (an array of strings is joined one per line), or null when absent or blank. */
  public String get(JsonNode record, String field) {
    for (JsonPointer p : pointers.get(field)) {
      String v = asText(record.at(p));
      if (v != null) return v;
    }
    return null;
  }

  /** The paths searched for a field, for messages: "content, text, body, article". */
  public String describe(String field) {
    return described.get(field);
  }

  private static String asText(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull()) return null;
    if (n.isValueNode()) {
      return Whitespace.stripToNull(n.asText());
    }
    if (n.isArray()) {
      // Some exports store the body as a list of paragraphs.
      StringBuilder sb = new StringBuilder();
      for (JsonNode item : n) {
        String s = item.isValueNode() ? Whitespace.stripToNull(item.asText()) : null;
        if (s != null) {
          if (sb.length() > 0) sb.append('\n');
          sb.append(s);
        }
      }
      return sb.length() == 0 ? null : sb.toString();
    }
    return null;
  }

  /** "/meta/headline" is a JSON pointer; "meta.headline" or "headline" a dotted path. */
  static JsonPointer compile(String path) {
    String p = path.strip();
    try {
      if (p.startsWith("/")) return JsonPointer.compile(p);
      StringBuilder sb = new StringBuilder();
      for (String segment : p.split("\\.", -1)) {
        if (segment.isEmpty()) throw new IllegalArgumentException("empty segment in field path '" + path + "'");
        sb.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
      }
      return JsonPointer.compile(sb.toString());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bad field path '" + path + "': " + e.getMessage(), e);
    }
  }
}
