package org.marsad.store.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;

/**
 * Packs a list of arbitrary strings (count, then length-prefixed UTF-8 each), for values that must be
 * read back but hold any character, such as an article's opaque line keys.
 *
 * <p>Stateless and thread-safe.
 */
public final class StringListCodec {

  private StringListCodec() {}

  public static byte[] encode(Collection<String> values) {
    ByteBuffersDataOutput out = new ByteBuffersDataOutput();
    try {
      out.writeVInt(values.size());
      for (String v : values) out.writeString(v);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory output never fails
    }
    return out.toArrayCopy();
  }

  public static List<String> decode(byte[] bytes, int offset, int length) {
    ByteArrayDataInput in = new ByteArrayDataInput(bytes, offset, length);
    int n = in.readVInt();
    List<String> values = new ArrayList<>(n);
    try {
      for (int i = 0; i < n; i++) values.add(in.readString());
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory input never fails
    }
    return values;
  }
}
