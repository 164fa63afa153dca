package org.marsad.ner.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The CoNLL-style layout of tagged corpora: one token per line, its columns separated by whitespace, a
 * blank line between sentences. Every line must have a token and at least one tag; a line without a tag is
 * an error naming the file and line, since guessing a tag would corrupt training or scoring silently.
 */
public final class ColumnFile {

  private ColumnFile() {}

  /** Each sentence as its lines' columns, in file order. */
  public static List<List<String[]>> sentences(Path file) throws IOException {
    List<List<String[]>> out = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          if (!rows.isEmpty()) out.add(rows);
          rows = new ArrayList<>();
          continue;
        }
        String[] cols = trimmed.split("\\s+");
        if (cols.length < 2) {
          throw new IOException(file + ":" + lineNo + ": expected 'word TAG', got '" + trimmed + "'");
        }
        rows.add(cols);
      }
    }
    if (!rows.isEmpty()) out.add(rows);
    return out;
  }
}
