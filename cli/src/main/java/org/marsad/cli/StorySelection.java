package org.marsad.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;

/** The stories a listing command looks at: all of them, or the one given with --story. */
final class StorySelection {

  private StorySelection() {}

  static List<Story> of(Path dataDir, String storyId) throws IOException {
    StoryFile.Stories saved = StoryFile.readStories(dataDir);
    List<Story> all = saved == null ? List.of() : saved.stories();
    if (storyId == null) return all;
    for (Story s : all) {
      if (s.id().equals(storyId) || s.mergedIds().contains(storyId)) return List.of(s);
    }
    throw new IllegalArgumentException("no story " + storyId + " in " + dataDir);
  }
}
