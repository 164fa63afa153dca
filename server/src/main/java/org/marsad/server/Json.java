package org.marsad.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;

/** The server's one JSON mapper: the same field names as the CLI's --json (records' own annotations). */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** A value's JSON object as an ordered map, to answer with keys added. */
  @SuppressWarnings("unchecked")
  static LinkedHashMap<String, Object> fields(Object value) {
    return MAPPER.convertValue(value, LinkedHashMap.class);
  }
}
