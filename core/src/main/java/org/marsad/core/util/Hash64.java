package org.marsad.core.util;

/**
 * 64-bit hashing of character data without building byte arrays: FNV-1a over UTF-16 units, finished with
 * MurmurHash3's fmix64 so that every input bit reaches every output bit (FNV alone mixes high bits poorly,
 * and MinHash and LSH bands read the high bits).
 */
public final class Hash64 {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private Hash64() {}

  /** Start value for {@link #update}. */
  public static long seed() {
    return FNV_OFFSET;
  }

  public static long update(long h, CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      h ^= s.charAt(i);
      h *= FNV_PRIME;
    }
    return h;
  }

  public static long update(long h, char c) {
    h ^= c;
    return h * FNV_PRIME;
  }

  public static long of(CharSequence s) {
    return mix(update(FNV_OFFSET, s));
  }

  /** MurmurHash3's 64-bit finalizer: a bijection that spreads every input bit. */
  public static long mix(long k) {
    k ^= k >>> 33;
    k *= 0xff51afd7ed558ccdL;
    k ^= k >>> 33;
    k *= 0xc4ceb9fe1a85ec53L;
    k ^= k >>> 33;
    return k;
  }
}
