package org.marsad.readers.archive;

import org.marsad.readers.InputFile;

/** Where an archive reader hands each member it extracted, to be read like any file. */
@FunctionalInterface
public interface EntrySink {
  void accept(InputFile entry, int depth);
}
