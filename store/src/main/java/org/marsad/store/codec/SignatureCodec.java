package org.marsad.store.codec;

import org.apache.lucene.util.BitUtil;

/**
 * Packs a MinHash signature: four bytes a value when every value fits in 32 unsigned bits (the usual
 * MinHash over 32-bit hashes), else eight. A leading byte says which.
 *
 * <p>Stateless and thread-safe.
 */
public final class SignatureCodec {

  private static final byte INTS = 4;
  private static final byte LONGS = 8;

  private SignatureCodec() {}

  public static byte[] encode(long[] signature) {
    boolean fitsInt = true;
    for (long v : signature) {
      if ((v >>> 32) != 0) {
        fitsInt = false;
        break;
      }
    }
    byte width = fitsInt ? INTS : LONGS;
    byte[] out = new byte[1 + signature.length * width];
    out[0] = width;
    int pos = 1;
    for (long v : signature) {
      if (fitsInt) {
        BitUtil.VH_LE_INT.set(out, pos, (int) v);
      } else {
        BitUtil.VH_LE_LONG.set(out, pos, v);
      }
      pos += width;
    }
    return out;
  }

  public static long[] decode(byte[] bytes, int offset, int length) {
    byte width = bytes[offset];
    if (width != INTS && width != LONGS) {
      throw new IllegalArgumentException("unknown signature encoding " + width);
    }
    long[] signature = new long[(length - 1) / width];
    int pos = offset + 1;
    for (int i = 0; i < signature.length; i++, pos += width) {
      signature[i] =
          width == INTS
              ? Integer.toUnsignedLong((int) BitUtil.VH_LE_INT.get(bytes, pos))
              : (long) BitUtil.VH_LE_LONG.get(bytes, pos);
    }
    return signature;
  }

  public static long[] decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }
}
