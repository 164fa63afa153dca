package org.marsad.readers.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;

/**
 * Reads JSON documents: an array of article objects, one object, an object holding one array of
 * articles, or several top-level values in a row. Streams with Jackson and materializes one record at
 * a time, so a 12 MB array is never held twice. Records completed before a syntax error are kept, then
 * one "truncated JSON" skip names the line and column. Thread-safe.
 */
public final class JsonArticleReader {

  private final JsonRecordMapper mapper;

  public JsonArticleReader(FieldMapping fields) {
    this.mapper = new JsonRecordMapper(fields);
  }

  public void read(InputFile in, String text, ReadListener listener) {
    long index = 0;
    try (JsonParser p = JsonFactories.MAPPER.createParser(text)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t == JsonToken.START_ARRAY) {
          for (t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t == null) throw new IOException("array not closed");
            JsonNode record = JsonFactories.MAPPER.readTree(p);
            mapper.emit(record, index++, in, "json", listener);
          }
        } else {
          JsonNode value = JsonFactories.MAPPER.readTree(p);
          index = emitValue(value, index, in, listener);
        }
      }
    } catch (JsonProcessingException e) {
      listener.skipped(in.origin(), ReadListener.TRUNCATED_JSON, JsonFactories.describe(e));
    } catch (IOException e) {
      listener.skipped(in.origin(), ReadListener.TRUNCATED_JSON, e.getMessage());
    }
  }

  /** One top-level object: an article itself, or a wrapper such as {"articles": [...]}. */
  private long emitValue(JsonNode value, long index, InputFile in, ReadListener listener) {
    if (value.isObject() && !mapper.hasText(value)) {
      JsonNode articles = articleArray(value);
      if (articles != null) {
        for (JsonNode record : articles) mapper.emit(record, index++, in, "json", listener);
        return index;
      }
    }
    mapper.emit(value, index++, in, "json", listener);
    return index;
  }

  /** The first field holding an array of objects, as in {"status": "ok", "articles": [{...}, ...]}. */
  private static JsonNode articleArray(JsonNode wrapper) {
    for (Iterator<Map.Entry<String, JsonNode>> it = wrapper.fields(); it.hasNext(); ) {
      JsonNode v = it.next().getValue();
      if (v.isArray() && !v.isEmpty() && v.get(0).isObject()) return v;
    }
    return null;
  }
}
