package org.marsad.cli;

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
    write(SNAKE, out, value);
  }

  /** A value's JSON object as an ordered map, to print with keys added. */
  @SuppressWarnings("unchecked")
  static java.util.LinkedHashMap<String, Object> fields(Object value) {
    return MAPPER.convertValue(value, java.util.LinkedHashMap.class);
  }

  static void print(PrintStream out, Object value) {
    write(MAPPER, out, value);
  }

  /** One compact document on one line, for commands that print a stream of them (JSON Lines). */
  static void printLine(PrintStream out, Object value) {
    try {
      out.println(COMPACT.writeValueAsString(value));
      out.flush();
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final ObjectMapper COMPACT = new ObjectMapper();

  /** Streams the document (all stories of a big corpus run to hundreds of MB: never one String). */
  private static void write(ObjectMapper mapper, PrintStream out, Object value) {
    try {
      mapper.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
          .writeValue(out, value);
      out.println();
    } catch (java.io.IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
