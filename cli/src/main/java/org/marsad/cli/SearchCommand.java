package org.marsad.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.marsad.ingest.ArticleJson;
import org.marsad.store.ArticleStore;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad search QUERY: ranked articles with highlighted snippets. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {"Search the store. Words are ANDed; \"quoted words\" are a phrase.",
        "Arabic spelling variants match: «الامريكي» finds «الأمريكي».",
        "Example: marsad search \"دي ميستورا\" --limit 5"})
final class SearchCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to look for.")
  List<String> words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON on stdout.")
  boolean json;

  /** ANSI bold for matches on a terminal; brackets when piped, so the marks survive in plain text. */
  private static final boolean TERMINAL = System.console() != null;

  @Override
  public Integer call() throws Exception {
    if (limit < 1) throw new IllegalArgumentException("--limit must be >= 1");
    String query = String.join(" ", words);
    SearchResults results;
    try (ArticleStore store = ArticleStore.openReadOnly(data.existing())) {
      results = store.search(query, limit);
    }
    if (json) {
      Json.print(System.out, ArticleJson.search(results));
      return 0;
    }
    if (results.hits().isEmpty()) {
      System.out.println("No articles match «" + query + "».");
      return 0;
    }
    int n = 0;
    for (SearchHit h : results.hits()) {
      System.out.printf("%d. %s%n", ++n, h.title() == null ? "(untitled)" : Display.oneLine(h.title()));
      System.out.printf("   %s · %s · %s · %s%n", h.outlet(), h.published() == null ? "date unknown" : h.published(),
          h.sourceId(), h.id());
      if (h.snippet() != null) {
        String marked = TERMINAL ? h.snippet().marked("\033[1m", "\033[0m") : h.snippet().marked("[", "]");
        System.out.println("   …" + Display.oneLine(marked) + "…");
      }
    }
    System.out.printf("%d of %,d matching articles%n", results.hits().size(), results.totalHits());
    return 0;
  }
}
