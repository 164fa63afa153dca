package org.marsad.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** JSON output for machines: one pretty-printed document on stdout, keys in the order the code builds them. */
final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** For records printed whole (eval reports): their Java names become snake_case keys. */
  private static final ObjectMapper SNAKE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
      .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.SNAKE_CASE);

  private Json() {}

  static void printSnakeCase(PrintStream out, Object value) {
    try {
      out.println(SNAKE.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A value's JSON object as an ordered map, to print with keys added. */
  @SuppressWarnings("unchecked")
  static java.util.LinkedHashMap<String, Object> fields(Object value) {
    return MAPPER.convertValue(value, java.util.LinkedHashMap.class);
  }

  static void print(PrintStream out, Object value) {
    try {
      out.println(MAPPER.writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
