package org.marsad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.ingest.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** marsad quotes: who said what, across stories or in one. */
@Command(name = "quotes", mixinStandardHelpOptions = true,
    description = {"List statements and their speakers (direct quotes and reported speech), story by story.",
        "Example: marsad quotes --speaker كيري --limit 20"})
final class QuotesCommand implements Callable<Integer> {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  @Mixin DataDirOption data;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only speakers whose name contains NAME (any spelling of hamza, ya, ta marbuta).")
  String speaker;

  @Option(names = "--story", paramLabel = "ID", description = "Only this story.")
  String story;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N quotes (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print {\"total\",\"quotes\":[...]} on stdout (fields in the README).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) throw new IllegalArgumentException("--limit must be >= 0");
    String wanted = speaker == null ? null : NORMALIZER.normalize(speaker.strip());
    List<Map<String, Object>> rows = new ArrayList<>();
    int total = 0;
    for (Story s : StorySelection.of(data.existing(), story)) {
      for (Story.QuoteLine q : s.quotes()) {
        if (wanted != null && (q.speaker() == null || !NORMALIZER.normalize(q.speaker()).contains(wanted))) continue;
        total++;
        if (rows.size() >= limit) continue;
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story", s.id());
        m.put("quote", q);
        rows.add(m);
      }
    }
    if (json) {
      List<Object> out = new ArrayList<>();
      for (Map<String, Object> r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story", r.get("story"));
        m.putAll(Json.fields(r.get("quote")));
        out.add(m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("total", total);
      m.put("quotes", out);
      Json.print(System.out, m);
      return 0;
    }
    Table t = new Table("STORY", "ARTICLE", "SPEAKER", "VERB", "QUOTE");
    for (Map<String, Object> r : rows) {
      Story.QuoteLine q = (Story.QuoteLine) r.get("quote");
      t.row(r.get("story"), q.article(), q.speaker() == null ? "(unknown)" : Display.clip(Display.oneLine(q.speaker()), 30),
          q.verb(), Display.clip(Display.oneLine((q.direct() ? "«" : "") + q.text() + (q.direct() ? "»" : "")), 80));
    }
    t.print(System.out);
    System.out.printf("%d of %,d quotes%n", rows.size(), total);
    return 0;
  }
}
