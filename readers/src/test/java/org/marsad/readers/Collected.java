package org.marsad.readers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.marsad.core.model.RawArticle;

/** A ReadListener that keeps everything, for assertions. */
final class Collected implements ReadListener {

  record Skip(String origin, String reason, String detail) {}

  final List<RawArticle> articles = new ArrayList<>();
  final List<Skip> skips = new ArrayList<>();
  final List<String> filesDone = new ArrayList<>();
  long bytesDone;

  static Collected read(Path path) {
    return read(path, ReaderOptions.defaults());
  }

  static Collected read(Path path, ReaderOptions options) {
    Collected c = new Collected();
    new SourceReader(options).read(path, c);
    return c;
  }

  @Override
  public void article(RawArticle a) {
    articles.add(a);
  }

  @Override
  public void skipped(String origin, String reason, String detail) {
    skips.add(new Skip(origin, reason, detail));
  }

  @Override
  public void fileDone(String origin, long bytes) {
    filesDone.add(origin);
    bytesDone += bytes;
  }

  RawArticle only() {
    if (articles.size() != 1) throw new AssertionError("expected one article, got " + articles.size() + "; skips " + skips);
    return articles.get(0);
  }

  Skip onlySkip() {
    if (skips.size() != 1) throw new AssertionError("expected one skip, got " + skips + "; articles " + articles.size());
    return skips.get(0);
  }

  List<String> sourceIds() {
    return articles.stream().map(RawArticle::sourceId).collect(Collectors.toList());
  }
}
