package org.marsad.eval.summaries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.marsad.eval.metrics.RougeText;

/**
 * The Essex Arabic Summaries Corpus (El-Haj et al. 2010): {@code Articles/TopicN/<one article>.txt} and
 * {@code MTurk/TopicN/D....M.250.A.{1..5}.{A..E}}, five extractive human summaries per article. All UTF-8
 * with a BOM, which is dropped. The README speaks of 153 articles; the shared copy holds 102 topics, one
 * article each, and every one is read.
 */
public final class Easc {

  /** @param id the topic folder ("Topic12"); @param name the article's file name */
  public record EascArticle(String id, String name, String text, List<String> references) {
    public EascArticle {
      references = List.copyOf(references);
    }
  }

  private Easc() {}

  /**
   * Every topic with one article and at least one summary, in topic-number order.
   *
   * @throws IllegalArgumentException when the folder does not look like EASC (no Articles/ or MTurk/)
   */
  public static List<EascArticle> read(Path eascDir) throws IOException {
    Path articles = eascDir.resolve("Articles");
    Path summaries = eascDir.resolve("MTurk");
    if (!Files.isDirectory(articles) || !Files.isDirectory(summaries)) {
      throw new IllegalArgumentException(eascDir + " holds no Articles/ and MTurk/ folders: not EASC");
    }
    List<Path> topics;
    try (Stream<Path> s = Files.list(articles)) {
      topics = s.filter(Files::isDirectory).sorted(Comparator.comparingInt(Easc::topicNumber)
          .thenComparing(p -> p.getFileName().toString())).toList();
    }
    List<EascArticle> out = new ArrayList<>();
    for (Path topic : topics) {
      String id = topic.getFileName().toString();
      List<Path> texts = files(topic);
      List<Path> refs = files(summaries.resolve(id));
      if (texts.size() != 1 || refs.isEmpty()) continue;
      List<String> refTexts = new ArrayList<>();
      for (Path r : refs) refTexts.add(readText(r));
      out.add(new EascArticle(id, texts.get(0).getFileName().toString(), readText(texts.get(0)), refTexts));
    }
    return out;
  }

  private static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted().toList();
    }
  }

  private static String readText(Path p) throws IOException {
    return RougeText.stripBom(Files.readString(p, StandardCharsets.UTF_8));
  }

  private static int topicNumber(Path p) {
    String digits = p.getFileName().toString().replaceAll("\\D", "");
    return digits.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(digits);
  }
}
