package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus folder's README or LICENSE is not news; a file the user names explicitly is read anyway. */
class DocumentationFilesTest {

  @TempDir Path dir;

  @Test
  void documentationInAFolderIsSkippedWithAReason() throws Exception {
    Files.writeString(dir.resolve("README.md"), "# My corpus\nCollected in 2016 from five outlets.\n");
    Files.writeString(dir.resolve("LICENSE"), "Apache License 2.0\n");
    Files.writeString(dir.resolve("SOURCE.txt"), "Dataset: scraped from outlets.\n");
    Files.writeString(dir.resolve("sources-of-war.txt"), "مصادر الحرب في سوريا\n\nنص الخبر هنا.\n");
    Collected c = Collected.read(dir);
    // "sources-of-war.txt" only starts like a documentation name; it is an article.
    assertEquals(1, c.articles.size());
    assertEquals(3, c.skips.size());
    c.skips.forEach(s -> assertEquals(ReadListener.NOT_AN_ARTICLE, s.reason()));
  }

  @Test
  void aDocumentationNameTheUserTypedIsRead() throws Exception {
    Path readme = Files.writeString(dir.resolve("README.txt"), "خبر محفوظ باسم غريب.\n");
    assertEquals(1, Collected.read(readme).articles.size());
  }
}
