package org.marsad.eval.events;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.ner.EntityAnnotator;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;
import org.marsad.readers.ReadListener;
import org.marsad.readers.ReaderOptions;
import org.marsad.readers.SourceReader;

/**
 * The gold articles of a corpus, read and analysed, in publication order.
 *
 * <p>ANT stores one document per file named after its DOCNO ({@code Alarabia/internationalNews/
 * AL-internationalNews-431-20180312.txt}), so only the files whose name, less its extension, is a gold docno
 * are read: a walk over 31k file names instead of parsing 31k files. The DOCNO read from each file is then
 * checked against the gold, so a renamed file cannot smuggle in a wrong article.
 */
public final class GoldCorpus {

  /**
   * @param articles the gold articles found, analysed, in {@link #publicationOrder}
   * @param missing gold docnos no file in the corpus held, sorted
   */
  public record Selection(List<Article> articles, List<String> missing) {
    public Selection {
      articles = List.copyOf(articles);
      missing = List.copyOf(missing);
    }
  }

  private GoldCorpus() {}

  public static Selection select(Path corpusDir, Set<String> docnos) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(corpusDir)) {
      walk.filter(Files::isRegularFile).filter(p -> docnos.contains(stem(p))).sorted().forEach(files::add);
    }
    SourceReader reader = new SourceReader(ReaderOptions.defaults());
    ArticleAnalyzer analyzer = new ArticleAnalyzer();
    EntityAnnotator entities = new EntityAnnotator();
    List<Article> articles = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    ReadListener listener = new ReadListener() {
      @Override
      public void article(RawArticle a) {
        if (a.sourceId() != null && docnos.contains(a.sourceId()) && seen.add(a.sourceId())) {
          articles.add(entities.addTo(analyzer.analyze(a)));
        }
      }

      @Override
      public void skipped(String origin, String reason, String detail) {
        // A gold file the reader rejects counts as missing below.
      }
    };
    for (Path f : files) reader.read(f, listener);
    Set<String> missing = new TreeSet<>(docnos);
    missing.removeAll(seen);
    return new Selection(publicationOrder(articles), new ArrayList<>(missing));
  }

  /**
   * Sorted by publication instant (a date-time with its offset; a bare date counts as its UTC midnight),
   * undated articles last, ties broken by source id so the order is deterministic.
   */
  public static List<Article> publicationOrder(List<Article> articles) {
    List<Article> out = new ArrayList<>(articles);
    out.sort(Comparator.comparing((Article a) -> instant(a.published()), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(a -> a.sourceId() == null ? "" : a.sourceId()));
    return Collections.unmodifiableList(out);
  }

  /** Epoch seconds of an ISO date or date-time, or null when absent or unparseable. */
  static Long instant(String published) {
    if (published == null || published.isBlank()) return null;
    try {
      return OffsetDateTime.parse(published).toEpochSecond();
    } catch (DateTimeParseException e) {
      // fall through: no offset, or a bare date
    }
    try {
      return LocalDateTime.parse(published).toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      // fall through
    }
    try {
      return LocalDate.parse(published).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String stem(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
