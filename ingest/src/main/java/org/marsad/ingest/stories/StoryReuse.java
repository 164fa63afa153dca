package org.marsad.ingest.stories;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.summary.PassageCopies;
import org.marsad.ingest.reuse.ReuseFile;
import org.marsad.ingest.reuse.ReusePair;

/** The passages each story's articles share, looked up in the store's reuse file by article. */
final class StoryReuse {

  private final Map<String, List<ReusePair>> byArticle;
  private final PassageCopies copies;

  private StoryReuse(Map<String, List<ReusePair>> byArticle, PassageCopies copies) {
    this.byArticle = byArticle;
    this.copies = copies;
  }

  /** The store's reuse; none when it was not found yet (a stories-only run) or cannot be read. */
  static StoryReuse read(Path dataDir) {
    Map<String, List<ReusePair>> byArticle = new HashMap<>();
    PassageCopies copies = new PassageCopies();
    try {
      ReuseFile.Contents c = ReuseFile.read(dataDir);
      if (c != null) {
        for (ReusePair p : c.pairs()) {
          byArticle.computeIfAbsent(p.toArticle(), k -> new ArrayList<>()).add(p);
          byArticle.computeIfAbsent(p.fromArticle(), k -> new ArrayList<>()).add(p);
          copies.add(p.fromArticle(), p.fromStart(), p.fromEnd(), p.toArticle(), p.toStart(), p.toEnd());
        }
      }
    } catch (IOException e) {
      System.err.println("marsad: " + ReuseFile.path(dataDir) + ": reuse not shown in the stories: " + e.getMessage());
    }
    return new StoryReuse(byArticle, copies);
  }

  /** The passages as a summary constraint: never quote two copies of one passage. */
  org.marsad.core.summary.CopiedText copiedText() {
    return copies;
  }

  /**
   * The passages the story's articles share with each other, each once, in the file's order by copy. A
   * passage shared with another story's article is the article's (`marsad reuse ID`), not this story's:
   * listing those here would repeat each wire passage in every story that reprinted it.
   */
  List<ReusePair> of(Story s) {
    Set<String> members = new java.util.HashSet<>();
    for (Story.StoryArticle a : s.articles()) members.add(a.id());
    Set<ReusePair> out = new LinkedHashSet<>();
    for (Story.StoryArticle a : s.articles()) {
      for (ReusePair p : byArticle.getOrDefault(a.id(), List.of())) {
        if (members.contains(p.fromArticle()) && members.contains(p.toArticle())) out.add(p);
      }
    }
    return List.copyOf(out);
  }
}
