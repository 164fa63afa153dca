package org.marsad.server;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;

/**
 * The server's one JSON mapper: the same field names as the CLI's --json (records' own annotations), with
 * {@code <}, {@code >} and {@code &} written as \\u escapes. The values are the same JSON; but article text that
 * holds markup («<script>») never appears as markup in a response, whatever reads it.
 */
final class Json {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static {
    MAPPER.getFactory().setCharacterEscapes(new MarkupEscapes());
  }

  private Json() {}

  /** A value's JSON object as an ordered map, to answer with keys added. */
  @SuppressWarnings("unchecked")
  static LinkedHashMap<String, Object> fields(Object value) {
    return MAPPER.convertValue(value, LinkedHashMap.class);
  }

  private static final class MarkupEscapes extends CharacterEscapes {
    private final int[] escapes = standardAsciiEscapesForJSON();

    MarkupEscapes() {
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null; // only the standard \\uXXXX escapes above
    }
  }
}
