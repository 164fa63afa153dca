package org.marsad.eval;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repo and the shared datasets are, for tests. */
public final class DataPaths {

  private DataPaths() {}

  public static Path repo() {
    String prop = System.getProperty("marsad.repo");
    if (prop != null && Files.isDirectory(Path.of(prop, "samples"))) return Path.of(prop);
    Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    while (p != null && !Files.isDirectory(p.resolve("samples"))) p = p.getParent();
    return p == null ? Path.of(".") : p;
  }

  public static Path dataset(String name) {
    return repo().resolve("../shared/datasets").resolve(name).normalize();
  }
}
