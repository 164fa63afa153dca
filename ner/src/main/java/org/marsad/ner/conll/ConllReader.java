package org.marsad.ner.conll;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads "word TAG" lines with a blank line between sentences (ANERcorp's format). Extra columns after the
 * tag are ignored; a line without a tag is an error naming the file and line, since guessing a tag would
 * corrupt training or scoring silently.
 */
public final class ConllReader {

  private ConllReader() {}

  public static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    int lineNo = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        lineNo++;
        String trimmed = line.strip();
        if (trimmed.isEmpty()) {
          flush(words, tags, out);
          continue;
        }
        String[] cols = trimmed.split("\\s+");
        if (cols.length < 2) {
          throw new IOException(file + ":" + lineNo + ": expected 'word TAG', got '" + trimmed + "'");
        }
        words.add(cols[0]);
        tags.add(cols[1]);
      }
    }
    flush(words, tags, out);
    return out;
  }

  private static void flush(List<String> words, List<String> tags, List<ConllSentence> out) {
    if (words.isEmpty()) return;
    out.add(new ConllSentence(words, tags));
    words.clear();
    tags.clear();
  }
}
