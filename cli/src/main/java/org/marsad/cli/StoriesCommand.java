package org.marsad.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** marsad stories: the stories built by analyze, most recent first. */
@Command(name = "stories", mixinStandardHelpOptions = true,
    description = {"List stories, most recent first (stories with no known date last).",
        "Example: marsad stories --since 2016-12-01 --limit 10"})
final class StoriesCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Option(names = "--since", paramLabel = "DATE", description = "Only stories last seen on or after DATE (yyyy-MM-dd).")
  String since;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "At most N stories (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print {\"stories\":[...]} on stdout (fields in the README).")
  boolean json;

  @Override
  public Integer call() throws Exception {
    if (limit < 0) throw new IllegalArgumentException("--limit must be >= 0");
    if (since != null && !since.matches("\\d{4}-\\d{2}-\\d{2}")) {
      throw new IllegalArgumentException("--since takes a date as yyyy-MM-dd, not '" + since + "'");
    }
    StoryFile.Stories contents = StoryFile.readStories(data.existing());
    List<Story> all = contents == null ? List.of() : contents.stories();
    List<Story> shown = new ArrayList<>();
    for (Story s : all) {
      if (shown.size() >= limit) break;
      if (since != null && (s.lastSeen() == null || s.lastSeen().substring(0, 10).compareTo(since) < 0)) continue;
      shown.add(s);
    }
    if (json) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("stories", shown);
      Json.print(System.out, m);
      return 0;
    }
    if (contents == null) {
      System.out.println("No stories yet: run `marsad analyze PATH...`.");
      return 0;
    }
    StoriesText.table(System.out, shown);
    System.out.printf("%d of %,d stories%n", shown.size(), all.size());
    return 0;
  }
}
