package org.marsad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.store.ArticleStore;
import org.marsad.store.search.SearchHit;
import org.marsad.store.search.SearchResults;
import org.marsad.store.search.Snippet;
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
      Json.print(System.out, toJson(results));
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

  private static Map<String, Object> toJson(SearchResults r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("query", r.query());
    m.put("total", r.totalHits());
    List<Map<String, Object>> hits = new ArrayList<>();
    for (SearchHit h : r.hits()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("id", h.id());
      o.put("source_id", h.sourceId());
      o.put("outlet", h.outlet());
      o.put("title", h.title());
      o.put("published", h.published());
      o.put("score", h.score());
      Snippet s = h.snippet();
      o.put("snippet", s == null ? null : s.text());
      List<int[]> marks = new ArrayList<>();
      if (s != null) for (Snippet.Highlight x : s.highlights()) marks.add(new int[] {x.start(), x.end()});
      o.put("highlights", marks);
      o.put("snippet_start", s == null ? null : s.start());
      hits.add(o);
    }
    m.put("hits", hits);
    return m;
  }
}
