package org.marsad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.model.Article;
import org.marsad.ingest.reuse.OutletShares;
import org.marsad.ingest.reuse.ReuseFile;
import org.marsad.ingest.reuse.ReusePair;
import org.marsad.ingest.reuse.ReuseTexts;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad reuse ID | --by-outlet: the passages an article copied and gave, or each outlet's copied share. */
@Command(name = "reuse", mixinStandardHelpOptions = true,
    description = {"Show the passages ARTICLE_ID shares with other articles, each with its likely source,",
        "or with --by-outlet each outlet's share of text copied from other outlets, and from whom.",
        "Built by marsad analyze. Examples: marsad reuse 3f2a9c0d1e4b5a67   marsad reuse --by-outlet"})
final class ReuseCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Parameters(arity = "0..1", paramLabel = "ARTICLE_ID", description = "Article id (from marsad articles or a story).")
  String id;

  @Option(names = "--by-outlet", description = "Each outlet's share of text copied from other outlets.")
  boolean byOutlet;

  @Option(names = "--sources", paramLabel = "N", defaultValue = "3",
      description = "Source outlets shown per outlet with --by-outlet (default: ${DEFAULT-VALUE}; all in --json).")
  int sources;

  @Option(names = "--json", description = "Print JSON on stdout (fields in the README).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (byOutlet == (id != null)) throw new IllegalArgumentException("give either ARTICLE_ID or --by-outlet");
    ReuseFile.Contents reuse = ReuseFile.read(data.existing());
    if (reuse == null) {
      throw new IllegalStateException("no reuse in " + data.dir + " yet (run `marsad analyze PATH...` first)");
    }
    return byOutlet ? byOutlet(reuse) : article(reuse);
  }

  private int byOutlet(ReuseFile.Contents reuse) {
    List<OutletShares.Outlet> outlets = OutletShares.of(reuse);
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("min_words", reuse.minWords());
      m.put("outlets", outlets);
      Json.print(System.out, m);
      return 0;
    }
    Table t = new Table("OUTLET", "ARTICLES", "CHARS", "COPIED", "SAME_OUTLET", "FROM (share of the outlet's text)");
    for (OutletShares.Outlet o : outlets) {
      List<String> from = new ArrayList<>();
      for (OutletShares.Source s : o.sources().subList(0, Math.min(sources, o.sources().size()))) {
        from.add(s.outlet() + " " + percent(s.share()));
      }
      t.row(o.outlet(), o.articles(), o.chars(), percent(o.copiedShare()), percent(o.sameOutletShare()),
          String.join(", ", from));
    }
    t.print(System.out);
    System.out.println("COPIED: text whose likely source is another outlet's article (earlier day, or a wire on the");
    System.out.println("same day); SAME_OUTLET: repeated from the outlet's own articles; passages of "
        + reuse.minWords() + " words or more.");
    return 0;
  }

  private int article(ReuseFile.Contents reuse) throws Exception {
    List<ReusePair> from = new ArrayList<>();
    List<ReusePair> by = new ArrayList<>();
    for (ReusePair p : reuse.pairs()) {
      if (p.toArticle().equals(id)) from.add(p);
      else if (p.fromArticle().equals(id)) by.add(p);
    }
    try (ArticleStore store = ArticleStore.openReadOnly(data.existing())) {
      Article a = store.get(id).orElse(null);
      if (a == null) {
        System.err.println("marsad: no article with id " + id + " in " + data.dir);
        return 1;
      }
      if (json) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", a.id());
        m.put("outlet", a.outlet());
        m.put("copied_from", ReuseTexts.withTexts(store, from));
        m.put("copied_by", ReuseTexts.withTexts(store, by));
        Json.print(System.out, m);
        return 0;
      }
      PrintStream out = System.out;
      out.printf("%s  %s  %s%n", a.id(), a.outlet(), Display.clip(Display.oneLine(a.title()), 80));
      section(out, store, "copied from", from, true);
      section(out, store, "copied by", by, false);
    }
    return 0;
  }

  private static void section(PrintStream out, ArticleStore store, String name, List<ReusePair> pairs, boolean in)
      throws Exception {
    out.printf("%n  %s: %s%n", name, pairs.isEmpty() ? "none" : pairs.size() + " passage(s)");
    for (ReusePair p : pairs) {
      Article other = store.get(in ? p.fromArticle() : p.toArticle()).orElse(null);
      String otherText = other == null ? "" : other.text();
      out.printf("  %s %s [%d–%d] ↔ [%d–%d]  score %.2f, %d words, %s%s%n", in ? "←" : "→",
          in ? p.fromArticle() : p.toArticle(), in ? p.fromStart() : p.toStart(), in ? p.fromEnd() : p.toEnd(),
          in ? p.toStart() : p.fromStart(), in ? p.toEnd() : p.fromEnd(), p.score(), p.words(),
          "source by " + p.origin().replace('_', ' '), p.sameOutlet() ? ", same outlet" : "");
      if (other != null) {
        int s = in ? p.fromStart() : p.toStart();
        int e = in ? p.fromEnd() : p.toEnd();
        out.printf("      %s%n", Display.clip(Display.oneLine(otherText.substring(s, e)), 110));
      }
    }
  }

  private static String percent(double share) {
    return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * share);
  }
}
