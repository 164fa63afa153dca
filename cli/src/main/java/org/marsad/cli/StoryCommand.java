package org.marsad.cli;

import java.util.concurrent.Callable;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** marsad story ID: one story with its articles and cited summary. */
@Command(name = "story", mixinStandardHelpOptions = true,
    description = {"Show one story: its articles and its summary; each summary sentence cites an article",
        "and the offsets of the sentence in that article's text.", "Example: marsad story e000001 --json"})
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
    if (contents != null) {
      for (Story s : contents.stories()) if (s.id().equals(id)) story = s;
    }
    if (story == null) {
      System.err.println("marsad: no story with id " + id + " in " + data.dir);
      return 1;
    }
    if (json) Json.print(System.out, story);
    else StoriesText.story(System.out, story);
    return 0;
  }
}
