package org.marsad.cli;

import java.io.PrintStream;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.marsad.core.model.Article;
import org.marsad.ingest.ArticleJson;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.store.ArticleStore;
import org.marsad.ingest.entities.EntityCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad article ID: one article's original text and its spans. */
@Command(name = "article", mixinStandardHelpOptions = true,
    description = {"Show one article: metadata, original text, and its spans.",
        "In --json every span's start/end are char offsets that slice the text field exactly.",
        "Example: marsad article 3f2a9c0d1e4b5a67 --json --spans sentence,boilerplate"})
final class ArticleCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Parameters(paramLabel = "ID", description = "Article id (from marsad articles or marsad search).")
  String id;

  @Option(names = "--spans", split = ",", paramLabel = "KIND",
      description = "Only these span kinds: headline, paragraph, sentence, token, boilerplate, entity (default: all).")
  Set<String> kinds;

  @Option(names = "--json", description = "Print JSON on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    Set<SpanKind> wanted = EnumSet.allOf(SpanKind.class);
    if (kinds != null) {
      wanted.clear();
      for (String k : kinds) {
        try {
          wanted.add(SpanKind.fromLabel(k.trim()));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("unknown span kind '" + k + "'");
        }
      }
    }
    try (ArticleStore store = ArticleStore.openReadOnly(data.existing())) {
      Article a = store.get(id).orElse(null);
      if (a == null) {
        System.err.println("marsad: no article with id " + id + " in " + data.dir);
        return 1;
      }
      List<String> entityIds = EntityCatalog.linksOf(data.existing(), a.id());
      if (json) Json.print(System.out, ArticleJson.full(a, wanted, entityIds));
      else print(System.out, a, wanted, entityIds);
    }
    return 0;
  }

  private static void print(PrintStream out, Article a, Set<SpanKind> wanted, List<String> entityIds) {
    Table meta = new Table("FIELD", "VALUE");
    meta.row("id", a.id()).row("source_id", a.sourceId()).row("outlet", a.outlet()).row("url", a.url())
        .row("title", a.title()).row("published", a.published() == null ? "unknown"
            : a.published() + " (from " + a.publishedFrom().label() + ")")
        .row("language", a.language()).row("duplicate_of", a.duplicateOf()).row("format", a.format())
        .row("origin", a.origin());
    meta.print(out);
    Map<SpanKind, Integer> counts = new EnumMap<>(SpanKind.class);
    for (Span s : a.spans()) counts.merge(s.kind(), 1, Integer::sum);
    out.println("spans: " + counts.toString().replaceAll("[{}]", "").toLowerCase(java.util.Locale.ROOT));
    out.println();
    out.println(a.text());
    for (SpanKind kind : wanted) {
      if (kind == SpanKind.TOKEN || !counts.containsKey(kind)) continue; // tokens: --json lists them
      out.println();
      out.println(kind.label() + ":");
      int n = 0;
      for (Span s : a.spans(kind)) {
        String note = s.note() == null ? "" : " " + s.note();
        if (kind == SpanKind.ENTITY && n < entityIds.size() && entityIds.get(n) != null) note += " " + entityIds.get(n);
        out.printf("  %3d  [%d, %d)%s  %s%n", ++n, s.start(), s.end(), note, Display.oneLine(s.textOf(a.text())));
      }
    }
  }
}
