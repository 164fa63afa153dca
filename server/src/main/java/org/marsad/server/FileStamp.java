package org.marsad.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import org.marsad.ingest.entities.EntityFile;
import org.marsad.ingest.reuse.ReuseFile;
import org.marsad.ingest.stories.StoryFile;

/**
 * The modification time and size of each file analyze writes. Each is replaced by an atomic move, so a
 * different stamp means a newer file, never a half-written one.
 */
record FileStamp(List<String> parts) {

  static FileStamp of(Path dataDir) {
    return new FileStamp(List.of(part(StoryFile.storiesPath(dataDir)), part(EntityFile.path(dataDir)),
        part(ReuseFile.path(dataDir))));
  }

  private static String part(Path file) {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.lastModifiedTime().toMillis() + ":" + a.size() + ":" + a.fileKey();
    } catch (IOException e) {
      return "absent";
    }
  }
}
