package org.marsad.core.reuse;

import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.util.Hash64;

/**
 * Which normalized tokens carry content, and the key two tokens must share to match.
 *
 * <p>Stop words are Lucene's Arabic and English lists, normalized like the tokens; one-char tokens count as
 * stop words too (a detached "و", a stray Latin letter). The match key is the hash of Lucene's light
 * {@link ArabicStemmer} form, so that "والمدينة" and "المدينة" and "مدينة" match: rewording often only
 * changes the article, a conjunction or a plural ending. Thread-safe (the tables are read-only).
 */
final class ContentWords {

  private static final long[] STOP_HASHES = stopHashes();
  // Stateless: its tables are static.
  private static final ArabicStemmer STEMMER = new ArabicStemmer();

  private ContentWords() {}

  /** Whether a normalized token of this hash and length is a stop word. */
  static boolean isStop(long normalizedHash, int length) {
    return length < 2 || Arrays.binarySearch(STOP_HASHES, normalizedHash) >= 0;
  }

  /** Stems {@code buf[0, len)} in place (buf is scratch) and returns the stem's 32-bit hash. */
  static int stemHash(char[] buf, int len) {
    int n = len > 3 ? STEMMER.stem(buf, len) : len;
    long h = Hash64.seed();
    for (int i = 0; i < n; i++) h = Hash64.update(h, buf[i]);
    return (int) (Hash64.mix(h) >>> 32);
  }

  private static long[] stopHashes() {
    MatchNormalizer normalizer = new MatchNormalizer();
    CharArraySet arabic = ArabicAnalyzer.getDefaultStopSet();
    CharArraySet english = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
    long[] out = new long[arabic.size() + english.size()];
    int n = 0;
    for (Object w : arabic) out[n++] = Hash64.of(normalizer.normalize(new String((char[]) w)));
    for (Object w : english) out[n++] = Hash64.of(normalizer.normalize(new String((char[]) w)));
    Arrays.sort(out);
    return out;
  }
}
