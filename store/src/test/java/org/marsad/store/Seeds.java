package org.marsad.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.marsad.core.model.Article;
import org.marsad.core.model.PublishedFrom;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * The five seed articles (samples/aleppo-2016) as Articles built by hand: a HEADLINE span on the first
 * line, PARAGRAPH spans on the lines, SENTENCE spans cut at . ! ? ؟ and line ends, TOKEN spans on runs
 * of letters, marks and digits. Two kinds of real boilerplate get BOILERPLATE spans with a note: seed
 * 002 opens with a photo-reporting prompt («سيتم حجب هذه الصورة ...», so its headline is its second
 * line), and seed 000 has two «اقرأ أيضا:» (read also) link lines.
 */
final class Seeds {

  static final String OUTLET = "aleppo-2016";
  static final String PROMPT_NOTE = "photo-report-prompt";
  static final String READ_ALSO_NOTE = "read-also";

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?؟\\n]+[.!?؟]*");
  private static final Pattern LINE = Pattern.compile("[^\\n]+");
  private static final Pattern READ_ALSO = Pattern.compile("(?m)^اقرأ أيضا:.*$");

  private Seeds() {}

  static Path repo() {
    String prop = System.getProperty("marsad.repo");
    if (prop != null && Files.isDirectory(Paths.get(prop, "samples"))) return Paths.get(prop);
    Path dir = Paths.get("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) dir = dir.getParent();
    if (dir == null) throw new IllegalStateException("cannot find the repository root (samples/)");
    return dir;
  }

  static List<Path> files() {
    try (Stream<Path> s = Files.list(repo().resolve("samples/aleppo-2016"))) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(int seed) {
    try {
      return Files.readString(files().get(seed), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String id(int seed) {
    return "seed-00" + seed;
  }

  /** All five seeds; publication dates differ so that listing order is testable (seed 3 has none). */
  static List<Article> all() {
    List<Article> out = new ArrayList<>();
    for (int i = 0; i < files().size(); i++) out.add(article(i, id(i)));
    return out;
  }

  static final String[] PUBLISHED = {
    "2016-12-10", "2016-12-10T18:30:00+03:00", "2016-12-11", null, "2016-11-30"
  };

  static Article article(int seed, String id) {
    String text = text(seed);
    String file = files().get(seed).getFileName().toString();
    int[] headline = headline(seed, text);
    return new Article(
        id,
        file,
        OUTLET,
        "https://example.org/aleppo/" + file,
        text.substring(headline[0], headline[1]).strip(),
        PUBLISHED[seed],
        PUBLISHED[seed] == null ? PublishedFrom.UNKNOWN : PublishedFrom.METADATA,
        "ar",
        text,
        spans(seed, text),
        null,
        "samples/aleppo-2016/" + file,
        "text");
  }

  static List<Span> spans(int seed, String text) {
    List<Span> spans = new ArrayList<>();
    int[] headline = headline(seed, text);
    spans.add(new Span(SpanKind.HEADLINE, headline[0], headline[1]));
    if (seed == 2) spans.add(new Span(SpanKind.BOILERPLATE, 0, text.indexOf('\n'), PROMPT_NOTE));
    Matcher readAlso = READ_ALSO.matcher(text);
    while (readAlso.find()) {
      spans.add(new Span(SpanKind.BOILERPLATE, readAlso.start(), readAlso.end(), READ_ALSO_NOTE));
    }
    add(spans, SpanKind.PARAGRAPH, LINE.matcher(text));
    add(spans, SpanKind.SENTENCE, SENTENCE.matcher(text));
    add(spans, SpanKind.TOKEN, TOKEN.matcher(text));
    return spans;
  }

  /** [start, end) of the headline line: the first line, the second for seed 002. */
  private static int[] headline(int seed, String text) {
    int start = seed == 2 ? text.indexOf('\n') + 1 : 0;
    return new int[] {start, text.indexOf('\n', start)};
  }

  private static void add(List<Span> spans, SpanKind kind, Matcher m) {
    while (m.find()) {
      if (!m.group().isBlank()) spans.add(new Span(kind, m.start(), m.end()));
    }
  }
}
