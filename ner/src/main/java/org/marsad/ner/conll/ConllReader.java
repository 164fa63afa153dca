package org.marsad.ner.conll;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads "word TAG" lines, a blank line between sentences (ANERcorp's format); columns after the tag are ignored. */
public final class ConllReader {

  private ConllReader() {}

  public static List<ConllSentence> read(Path file) throws IOException {
    List<ConllSentence> out = new ArrayList<>();
    for (List<String[]> rows : ColumnFile.sentences(file)) {
      List<String> words = new ArrayList<>(rows.size());
      List<String> tags = new ArrayList<>(rows.size());
      for (String[] r : rows) {
        words.add(r[0]);
        tags.add(r[1]);
      }
      out.add(new ConllSentence(words, tags));
    }
    return out;
  }
}
