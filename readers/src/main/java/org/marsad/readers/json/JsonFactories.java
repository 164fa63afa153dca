package org.marsad.readers.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The one shared Jackson mapper (thread-safe once built) and error wording. */
final class JsonFactories {

  /** Article bodies can be long; Jackson's default 20M-char string cap is lifted to the file cap. */
  static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
      .build());

  private JsonFactories() {}

  /** "unexpected end of input at line 40, column 3" or "invalid JSON (...) at line 2, column 17". */
  static String describe(JsonProcessingException e) {
    String where = "";
    if (e.getLocation() != null) {
      where = " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
    }
    if (e instanceof JsonEOFException) return "unexpected end of input" + where;
    String msg = e.getOriginalMessage();
    int nl = msg == null ? -1 : msg.indexOf('\n');
    if (nl >= 0) msg = msg.substring(0, nl);
    return (e instanceof StreamReadException ? "invalid JSON (" : "bad JSON (") + msg + ")" + where;
  }
}
