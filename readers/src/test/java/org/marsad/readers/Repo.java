package org.marsad.readers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** The repository root (seeds in samples/) and the shared datasets beside it. */
final class Repo {

  private Repo() {}

  static Path root() {
    String prop = System.getProperty("marsad.repo");
    if (prop != null && Files.isDirectory(Paths.get(prop, "samples"))) return Paths.get(prop);
    for (Path p = Paths.get(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("samples"))) return p;
    }
    throw new IllegalStateException("no samples/ folder above " + System.getProperty("user.dir"));
  }

  static Path seeds() {
    return root().resolve("samples/aleppo-2016");
  }

  /** A dataset under ../shared/datasets relative to the repo root (may be absent on other machines). */
  static Path dataset(String name) {
    return root().resolve("../shared/datasets").resolve(name).normalize();
  }
}
