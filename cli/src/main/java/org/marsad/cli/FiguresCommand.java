package org.marsad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.ingest.stories.Story;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** marsad figures: the counted quantities the articles give, across stories or in one. */
@Command(name = "figures", mixinStandardHelpOptions = true,
    description = {"List figures (how many were killed, fled, arrested...) with what they count, story by story.",
        "Example: marsad figures --kind killed --story e000002"})
final class FiguresCommand implements Callable<Integer> {

  static final Set<String> KINDS = Set.of("killed", "injured", "fled", "arrested", "missing", "troops", "civilians",
      "children", "countries", "other");

  @Mixin DataDirOption data;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "Only killed, injured, fled, arrested, missing, troops, civilians, children, countries or other.")
  String kind;

  @Option(names = "--story", paramLabel = "ID", description = "Only this story.")
  String story;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N figures (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print {\"total\",\"figures\":[...]} on stdout (fields in the README).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) throw new IllegalArgumentException("--limit must be >= 0");
    String wanted = kind == null ? null : kind.strip().toLowerCase(Locale.ROOT);
    if (wanted != null && !KINDS.contains(wanted)) {
      throw new IllegalArgumentException("--kind takes one of " + String.join(", ", KINDS) + ", not '" + kind + "'");
    }
    List<Object[]> rows = new ArrayList<>();
    int total = 0;
    for (Story s : StorySelection.of(data.existing(), story)) {
      for (Story.FigureLine f : s.figures()) {
        if (wanted != null && !wanted.equals(f.kind())) continue;
        total++;
        if (rows.size() < limit) rows.add(new Object[] {s.id(), f});
      }
    }
    if (json) {
      List<Object> out = new ArrayList<>();
      for (Object[] r : rows) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("story", r[0]);
        m.putAll(Json.fields(r[1]));
        out.add(m);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("total", total);
      m.put("figures", out);
      Json.print(System.out, m);
      return 0;
    }
    Table t = new Table("STORY", "ARTICLE", "KIND", "VALUE", "QUALIFIER", "GROUP", "PLACE", "PERIOD", "TEXT");
    for (Object[] r : rows) {
      Story.FigureLine f = (Story.FigureLine) r[1];
      t.row(r[0], f.article(), f.kind(), (f.approx() ? "≥" : "") + f.value() + (f.upper() == null ? "" : "–" + f.upper()),
          f.qualifier(), f.group(), f.place(), f.period() == null ? null : Display.clip(Display.oneLine(f.period()), 20),
          Display.clip(Display.oneLine(f.text()), 40));
    }
    t.print(System.out);
    System.out.printf("%d of %,d figures%n", rows.size(), total);
    return 0;
  }
}
