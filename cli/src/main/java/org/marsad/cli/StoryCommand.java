package org.marsad.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * marsad story ID: one story with its articles and cited summary. The id of a story merged into another
 * shows the story it was merged into, saying so.
 */
@Command(name = "story", mixinStandardHelpOptions = true,
    description = {"Show one story: its articles and its summary; each summary sentence cites an article",
        "and the offsets of the sentence in that article's text. The id of a story that was merged into",
        "an older one shows that story.", "Example: marsad story e000001 --json"})
final class StoryCommand implements Callable<Integer> {

  @Mixin DataDirOption data;

  @Parameters(paramLabel = "ID", description = "Story id (from marsad stories).")
  String id;

  @Option(names = "--json", description = "Print the story as JSON on stdout.")
  boolean json;

  @Override
  public Integer call() throws Exception {
    StoryFile.Stories contents = StoryFile.readStories(data.existing());
    Story story = null;
    Story absorbing = null;
    if (contents != null) {
      for (Story s : contents.stories()) {
        if (s.id().equals(id)) story = s;
        else if (s.mergedIds().contains(id)) absorbing = s;
      }
    }
    if (story == null && absorbing == null) {
      System.err.println("marsad: no story with id " + id + " in " + data.dir);
      return 1;
    }
    if (story != null) {
      if (json) Json.print(System.out, story);
      else StoriesText.story(System.out, story);
      return 0;
    }
    if (json) {
      Map<String, Object> m = Json.fields(absorbing);
      m.put("resolved_from", id);
      Json.print(System.out, m);
    } else {
      System.out.println(id + " was merged into " + absorbing.id() + " (the same event); showing " + absorbing.id()
          + ".");
      StoriesText.story(System.out, absorbing);
    }
    return 0;
  }
}
