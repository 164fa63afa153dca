package org.marsad.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.ArticleStore;
import org.marsad.store.StoreStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** marsad stats: what the store holds. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {"Counts over the store: articles, near-duplicates, outlets, languages, formats, dates, spans.",
        "Example: marsad stats --json"})
final class StatsCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Option(names = "--json", description = "Print JSON on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    StoreStats s;
    try (ArticleStore store = ArticleStore.openReadOnly(data.existing())) {
      s = store.stats();
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("data", data.dir.toString());
      m.put("articles", s.articles());
      m.put("near_duplicates", s.nearDuplicates());
      m.put("first_published", s.firstPublished());
      m.put("last_published", s.lastPublished());
      m.put("by_outlet", s.byOutlet());
      m.put("by_language", s.byLanguage());
      m.put("by_format", s.byFormat());
      m.put("spans_by_kind", s.spansByKind());
      m.put("index_bytes", s.indexBytes());
      Json.print(System.out, m);
      return 0;
    }
    System.out.printf("Store %s: %,d articles (%,d near-duplicates), %s on disk%n", data.dir, s.articles(),
        s.nearDuplicates(), Sizes.human(s.indexBytes()));
    System.out.printf("Published: %s … %s%n", orUnknown(s.firstPublished()), orUnknown(s.lastPublished()));
    section("Outlets", s.byOutlet());
    section("Languages", s.byLanguage());
    section("Formats", s.byFormat());
    section("Spans", s.spansByKind());
    return 0;
  }

  private static String orUnknown(String s) {
    return s == null ? "unknown" : s;
  }

  private static void section(String name, Map<String, Long> counts) {
    System.out.println(name + ":");
    Table t = new Table("", "");
    counts.forEach((k, v) -> t.row("  " + (k.isEmpty() ? "(none)" : k), String.format("%,d", v)));
    t.print(System.out);
  }
}
