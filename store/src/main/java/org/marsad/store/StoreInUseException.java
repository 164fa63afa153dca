package org.marsad.store;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (or another open store in this one) holds the write lock on a store. */
public final class StoreInUseException extends IOException {

  public StoreInUseException(Path dataDir, Throwable cause) {
    super("store at " + dataDir + " is in use by another process", cause);
  }
}
