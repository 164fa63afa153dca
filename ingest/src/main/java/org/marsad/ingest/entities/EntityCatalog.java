package org.marsad.ingest.entities;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.marsad.core.entities.EntityType;
import org.marsad.core.entities.ResolverState;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryFile;

/** The corpus's entities as the CLI and the server show them, read from what analyze saved. */
public final class EntityCatalog {

  /** One row of `marsad entities`. */
  public record Row(String id, String name, String type, List<String> aliases, int mentions, int articles,
      List<String> stories) {}

  private EntityCatalog() {}

  /** The entity ids of an article's ENTITY spans, in order; empty when stories were not built yet. */
  public static List<String> linksOf(Path dataDir, String articleId) throws IOException {
    EntityFile.Contents saved = EntityFile.read(dataDir);
    if (saved == null) return List.of();
    return saved.links().getOrDefault(articleId, List.of());
  }

  /** Every entity (of {@code type}, when given) with the stories naming it, in the most stories first. */
  public static List<Row> rows(Path dataDir, EntityType type) throws IOException {
    EntityFile.Contents saved = EntityFile.read(dataDir);
    StoryFile.Stories stories = StoryFile.readStories(dataDir);
    if (saved == null || stories == null) return List.of();
    return rows(saved, stories.stories(), type);
  }

  /** As {@link #rows(Path, EntityType)}, from files already read. */
  public static List<Row> rows(EntityFile.Contents saved, List<Story> stories, EntityType type) {
    Map<String, String> storyOf = new HashMap<>();
    for (Story s : stories) for (Story.StoryArticle a : s.articles()) storyOf.put(a.id(), s.id());
    return rows(saved, storyOf, type);
  }

  /** As {@link #rows(Path, EntityType)}, given the id of the story holding each article. */
  public static List<Row> rows(EntityFile.Contents saved, Map<String, String> storyOf, EntityType type) {
    org.marsad.core.entities.EntityResolver resolver =
        org.marsad.core.entities.EntityResolver.restore(saved.entities());
    List<Row> out = new ArrayList<>();
    for (ResolverState.EntityState e : saved.entities().entities()) {
      if (type != null && e.type() != type) continue;
      Set<String> inStories = new LinkedHashSet<>();
      for (String article : e.articles()) {
        String story = storyOf.get(article);
        if (story != null) inStories.add(story);
      }
      var entity = resolver.get(e.id());
      out.add(new Row(e.id(), entity.name(), e.type().name(), entity.aliases(), entity.mentions(),
          e.articles().size(), List.copyOf(inStories)));
    }
    out.sort(Comparator.comparingInt((Row r) -> -r.stories().size()).thenComparingInt(r -> -r.mentions())
        .thenComparing(Row::id));
    return out;
  }
}
