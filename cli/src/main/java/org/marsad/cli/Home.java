package org.marsad.cli;

import java.nio.file.Path;

/** The checkout the launcher runs from (it passes -Dmarsad.home), else the working directory. */
final class Home {
  private Home() {}

  static Path dir() {
    String home = System.getProperty("marsad.home");
    return Path.of(home == null ? "" : home).toAbsolutePath();
  }
}
