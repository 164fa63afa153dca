package org.marsad.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
import java.util.concurrent.Callable;
import org.marsad.ingest.ArticleJson;
import org.marsad.store.ArticleRow;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** marsad articles: list the stored articles, oldest first. */
@Command(name = "articles", mixinStandardHelpOptions = true,
    description = {"List stored articles by publication date (unknown dates last).",
        "Example: marsad articles --limit 10"})
final class ArticlesCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N rows (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "K", defaultValue = "0", description = "Skip the first K rows.")
  int offset;

  @Option(names = "--json", description = "Print JSON on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 0 || offset < 0) throw new IllegalArgumentException("--limit and --offset must be >= 0");
    try (ArticleStore store = ArticleStore.openReadOnly(data.existing())) {
      long total = store.count();
      List<ArticleRow> rows = store.list(offset, limit);
      if (json) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ArticleRow r : rows) out.add(ArticleJson.listRow(r));
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("total", total);
        m.put("offset", offset);
        m.put("articles", out);
        Json.print(System.out, m);
        return 0;
      }
      Table t = new Table("ID", "PUBLISHED", "OUTLET", "LANG", "DUPLICATE_OF", "TITLE");
      for (ArticleRow r : rows) {
        t.row(r.id(), r.published() == null ? "unknown" : r.published(), r.outlet(), r.language(),
            r.duplicateOf() == null ? "" : r.duplicateOf(), Display.clip(Display.oneLine(r.title()), Display.TITLE_CHARS));
      }
      t.print(System.out);
      System.out.printf("%,d–%,d of %,d articles%n", rows.isEmpty() ? 0 : offset + 1, offset + rows.size(), total);
    }
    return 0;
  }
}
