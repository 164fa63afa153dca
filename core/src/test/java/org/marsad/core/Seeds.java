package org.marsad.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;

/** The five seed articles in samples/aleppo-2016, read as a plain-text reader would hand them over. */
public final class Seeds {

  public static final ArticleAnalyzer ANALYZER = new ArticleAnalyzer();

  private Seeds() {}

  public static Path repo() {
    String prop = System.getProperty("marsad.repo");
    if (prop != null && Files.isDirectory(Path.of(prop, "samples"))) return Path.of(prop);
    for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples/aleppo-2016"))) return p;
    }
    throw new IllegalStateException("no samples/aleppo-2016 above " + System.getProperty("user.dir"));
  }

  /** Text of seed {@code n} (0-4), the file whose name starts with "00n_". */
  public static String text(int n) {
    Path dir = repo().resolve("samples/aleppo-2016");
    try (Stream<Path> files = Files.list(dir)) {
      Path f = files.filter(p -> p.getFileName().toString().startsWith(String.format("%03d_", n)))
          .findFirst().orElseThrow(() -> new IllegalStateException("no seed " + n + " in " + dir));
      return Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RawArticle raw(int n) {
    return raw(text(n));
  }

  public static RawArticle raw(String text) {
    return new RawArticle("seed.txt", "seeds", null, null, null, text, false, "seed.txt", "text");
  }

  public static Article analyzed(int n) {
    return ANALYZER.analyze(raw(n));
  }
}
