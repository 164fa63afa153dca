package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.RawArticle;

class SeedsTest {

  @Test
  void readsTheFiveSeedArticlesAsPlainText() throws Exception {
    Collected c = Collected.read(Repo.seeds());

    assertTrue(c.skips.isEmpty(), () -> "unexpected skips " + c.skips);
    // The file names in samples/aleppo-2016, sorted: relative to the folder the user typed.
    assertEquals(List.of("000_d1803f01d4bf745f.txt", "001_017b6ea0ad0b3e21.txt", "002_487f630e01fa605e.txt",
        "003_cf4d8693c2ae2b90.txt", "004_239a53276f838fa4.txt"), c.sourceIds());
    for (RawArticle a : c.articles) {
      assertEquals("aleppo-2016", a.outlet(), "outlet falls back to the parent folder");
      assertEquals("text", a.format());
      assertNull(a.title());
      assertNull(a.published(), "never a file time");
      assertFalse(a.titleInText());
      Path file = Repo.seeds().resolve(a.sourceId());
      assertEquals(Files.readString(file, StandardCharsets.UTF_8), a.text(), "the text is the file, untouched");
      assertEquals(file.toString(), a.origin());
    }
    assertTrue(c.articles.get(0).text().startsWith("قال وزير الخارجية الأمريكي، جون"));
    assertEquals(5, c.filesDone.size());
    assertEquals(SourceReader.totalBytes(Repo.seeds()), c.bytesDone);
  }

  @Test
  void aSingleFileIsNamedByItsFileName() {
    Collected c = Collected.read(Repo.seeds().resolve("003_cf4d8693c2ae2b90.txt"));
    assertEquals("003_cf4d8693c2ae2b90.txt", c.only().sourceId());
    assertEquals("aleppo-2016", c.only().outlet());
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedAndOrderIsSorted(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
    String seed = Files.readString(Repo.seeds().resolve("000_d1803f01d4bf745f.txt"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve(".git/config"), seed);
    Files.writeString(dir.resolve(".hidden.txt"), seed);
    Files.createDirectories(dir.resolve("b/c"));
    Files.writeString(dir.resolve("b/c/z.txt"), seed);
    Files.writeString(dir.resolve("b/a.txt"), seed);
    Files.writeString(dir.resolve("a.txt"), seed);

    Collected c = Collected.read(dir);
    assertEquals(List.of("a.txt", "b/a.txt", "b/c/z.txt"), c.sourceIds());
    assertEquals("c", c.articles.get(2).outlet());
  }

  @Test
  void aMissingPathIsOneSkipNotAnException() {
    Collected c = Collected.read(Repo.seeds().resolve("no-such-file.txt"));
    assertEquals(ReadListener.UNREADABLE_FILE, c.onlySkip().reason());
  }
}
