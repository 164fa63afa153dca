package org.marsad.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.entities.EntityType;
import org.marsad.ingest.entities.EntityCatalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** marsad entities: the people, places and organizations of the corpus, named in the most stories first. */
@Command(name = "entities", mixinStandardHelpOptions = true,
    description = {"List the corpus's entities (one per real-world name, all its spellings merged),",
        "named in the most stories first.", "Example: marsad entities --type PER --limit 20"})
final class EntitiesCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Option(names = "--type", paramLabel = "TYPE", description = "Only PER, LOC, ORG or MISC.")
  String type;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N entities (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print {\"total\",\"entities\":[...]} on stdout (fields in the README).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) throw new IllegalArgumentException("--limit must be >= 0");
    EntityType only = null;
    if (type != null) {
      try {
        only = EntityType.valueOf(type.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--type takes PER, LOC, ORG or MISC, not '" + type + "'");
      }
    }
    List<EntityCatalog.Row> all = EntityCatalog.rows(data.existing(), only);
    List<EntityCatalog.Row> shown = all.subList(0, Math.min(limit, all.size()));
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("total", all.size());
      m.put("entities", shown);
      Json.printSnakeCase(System.out, m);
      return 0;
    }
    Table t = new Table("ID", "TYPE", "STORIES", "ARTICLES", "MENTIONS", "NAME", "ALIASES");
    for (EntityCatalog.Row r : shown) {
      t.row(r.id(), r.type(), String.valueOf(r.stories().size()), String.valueOf(r.articles()),
          String.valueOf(r.mentions()), r.name(), String.join(" / ", r.aliases().subList(0, Math.min(4, r.aliases().size()))));
    }
    t.print(System.out);
    System.out.printf("%d of %,d entities%n", shown.size(), all.size());
    return 0;
  }
}
