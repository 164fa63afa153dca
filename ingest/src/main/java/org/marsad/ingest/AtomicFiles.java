package org.marsad.ingest;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files the store keeps beside its index are written whole to a temporary sibling and moved into place,
 * so a reader (another process, the server) sees the old file or the new one, never half of one.
 */
public final class AtomicFiles {
  private AtomicFiles() {}

  /** The temporary sibling {@code file} is written to before {@link #moveIntoPlace}. */
  public static Path temporary(Path file) {
    return file.resolveSibling(file.getFileName() + ".tmp");
  }

  /** Replaces {@code file} with {@code tmp}, atomically where the file system can. */
  public static void moveIntoPlace(Path tmp, Path file) throws IOException {
    try {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
