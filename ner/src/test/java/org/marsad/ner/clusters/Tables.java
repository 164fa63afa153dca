package org.marsad.ner.clusters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** A table as the bytes of its clusters file, for tests. */
final class Tables {

  private Tables() {}

  static byte[] gzipped(WordClusterTable table) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ClusterFile.write(table, out);
    return out.toByteArray();
  }
}
