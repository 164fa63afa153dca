package org.marsad.store.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable byte array with Lucene-compatible variable-length ints (7 bits a byte, low first) and
 * strings (vint length, UTF-8), so ByteArrayDataInput reads it back. Hand-rolled because it is on
 * the ingest hot path: writing through Lucene's DataOutput costs a virtual call per byte.
 */
final class VarIntWriter {

  private byte[] bytes;
  private int length;

  VarIntWriter(int expected) {
    bytes = new byte[Math.max(16, expected)];
  }

  void writeByte(int b) {
    ensure(1);
    bytes[length++] = (byte) b;
  }

  void writeVInt(int v) {
    ensure(5);
    while ((v & ~0x7F) != 0) {
      bytes[length++] = (byte) ((v & 0x7F) | 0x80);
      v >>>= 7;
    }
    bytes[length++] = (byte) v;
  }

  void writeString(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    writeVInt(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, length, utf8.length);
    length += utf8.length;
  }

  byte[] toBytes() {
    return Arrays.copyOf(bytes, length);
  }

  private void ensure(int more) {
    if (length + more > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(length + more, bytes.length * 2));
  }
}
