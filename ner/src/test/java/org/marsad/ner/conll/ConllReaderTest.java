package org.marsad.ner.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConllReaderTest {

  @TempDir Path dir;

  @Test
  void splitsSentencesOnBlankLines() throws IOException {
    Path f = dir.resolve("a.txt");
    Files.writeString(f, "وقال O\nكيري B-PERS\n\n\nفي O\nباريس B-LOC extra\n");
    List<ConllSentence> s = ConllReader.read(f);
    assertEquals(2, s.size());
    assertEquals(List.of("وقال", "كيري"), s.get(0).words());
    assertEquals(List.of("O", "B-LOC"), s.get(1).tags(), "columns after the tag are ignored");
  }

  @Test
  void aLineWithoutATagNamesTheFileAndLine() throws IOException {
    Path f = dir.resolve("bad.txt");
    Files.writeString(f, "كيري B-PERS\nباريس\n");
    IOException e = assertThrows(IOException.class, () -> ConllReader.read(f));
    assertTrue(e.getMessage().contains("bad.txt:2"), e.getMessage());
  }
}
