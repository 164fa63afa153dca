package org.marsad.readers.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;

/**
 * Reads JSON Lines: one record per line. A line that does not parse is skipped with its line number
 * and the others are kept. Records are keyed by their 1-based line number. Thread-safe.
 */
public final class JsonLinesReader {

  private final JsonRecordMapper mapper;

  public JsonLinesReader(FieldMapping fields) {
    this.mapper = new JsonRecordMapper(fields);
  }

  public void read(InputFile in, String text, ReadListener listener) {
    int lineNo = 0;
    int start = 0;
    while (start < text.length()) {
      int nl = text.indexOf('\n', start);
      int end = nl < 0 ? text.length() : nl;
      lineNo++;
      String line = text.substring(start, end);
      start = end + 1;
      if (line.isBlank()) continue;
      JsonNode record;
      try {
        record = JsonFactories.MAPPER.readTree(line);
      } catch (JsonProcessingException e) {
        listener.skipped(in.origin() + "#" + lineNo, ReadListener.BAD_RECORD,
            "line " + lineNo + ": " + JsonFactories.describe(e).replace(" at line 1,", ","));
        continue;
      }
      mapper.emit(record, lineNo, in, "jsonl", listener);
    }
  }
}
