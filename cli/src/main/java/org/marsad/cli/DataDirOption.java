package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The --data option every store command shares. */
final class DataDirOption {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:MARSAD_DATA:-marsad-data}",
      description = "Data directory of the store (default: ${DEFAULT-VALUE}; env MARSAD_DATA).")
  Path dir;

  /** For read-only commands: a store that does not exist yet is a user error, not an empty result. */
  Path existing() {
    if (!Files.isDirectory(dir.resolve("index"))) {
      throw new IllegalStateException("no store at " + dir + " (run `marsad ingest PATH...` first, or pass --data DIR)");
    }
    return dir;
  }
}
