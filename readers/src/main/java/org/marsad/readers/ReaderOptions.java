package org.marsad.readers;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How the readers behave. Immutable, so one instance can be shared by every thread.
 *
 * @param maxFileBytes the most bytes one file, archive entry (uncompressed), decompressed .gz or WARC
 *     payload may hold; bigger ones are skipped as "file too large" without being read whole
 * @param fieldPaths JSON field mapping: logical field (title, text, published, outlet, url, id) to a
 *     dotted path ("meta.headline") or a JSON pointer ("/meta/headline"); unmapped fields use defaults
 */
public record ReaderOptions(long maxFileBytes, Map<String, String> fieldPaths) {

  public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

  /** The logical fields a JSON record can be mapped to. */
  public static final Set<String> FIELDS = Set.of("title", "text", "published", "outlet", "url", "id");

  public ReaderOptions {
    if (maxFileBytes <= 0) throw new IllegalArgumentException("maxFileBytes must be positive: " + maxFileBytes);
    fieldPaths = fieldPaths == null ? Map.of() : Map.copyOf(fieldPaths);
    for (Map.Entry<String, String> e : fieldPaths.entrySet()) {
      if (!FIELDS.contains(e.getKey())) {
        throw new IllegalArgumentException(
            "unknown field '" + e.getKey() + "' (expected one of title, text, published, outlet, url, id)");
      }
      if (e.getValue().isBlank()) throw new IllegalArgumentException("empty path for field '" + e.getKey() + "'");
    }
  }

  public static ReaderOptions defaults() {
    return new ReaderOptions(DEFAULT_MAX_FILE_BYTES, Map.of());
  }

  public ReaderOptions withMaxFileBytes(long bytes) {
    return new ReaderOptions(bytes, fieldPaths);
  }

  public ReaderOptions withFieldPaths(Map<String, String> paths) {
    return new ReaderOptions(maxFileBytes, paths);
  }

  /** Adds or replaces one mapping, as the CLI's {@code --field name=path} does. */
  public ReaderOptions withField(String field, String path) {
    Map<String, String> copy = new LinkedHashMap<>(fieldPaths);
    copy.put(field, path);
    return new ReaderOptions(maxFileBytes, copy);
  }
}
