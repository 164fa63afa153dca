package org.marsad.core.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.normalize.NormalizedTokens;
import org.marsad.core.sentences.SentenceSplitter;
import org.marsad.core.tokens.Tokenizer;
import org.marsad.core.util.Hash64;

/**
 * One text prepared for alignment: its content words (tokens that are not stop words) in text order, each
 * with the original char offsets of its token, its stem key, and the index of its token among all tokens
 * (to count passage length in tokens as a reader would). About 15 bytes a content word, in primitive arrays:
 * 205 MB for the 62,199 news articles of both corpora (the texts themselves not counted). Immutable, so
 * thread-safe.
 */
public final class ReuseText {

  private static final Tokenizer TOKENIZER = new Tokenizer();
  private static final SentenceSplitter SPLITTER = new SentenceSplitter();
  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();

  private final String text;
  private final int tokenCount;
  /** Per content word: char start and end of its token, the token's index, and its stem key. */
  private final int[] starts;
  /** Token lengths: StandardTokenizer cuts tokens at 255 chars, so a char holds any. */
  private final char[] lengths;
  private final int[] tokenIndex;
  /** 32-bit stem hashes: a text has thousands of distinct stems, a corpus a few hundred thousand, so
   * collisions stay rare and only ever add a stray seed. */
  private final int[] keys;
  /** Per content word: {@link #FIRST_IN_SENTENCE} and {@link #LAST_IN_SENTENCE} flags. */
  private final byte[] edges;
  /** Char start and end of each sentence, in text order. */
  private final int[] sentenceStarts;
  private final int[] sentenceEnds;

  private static final byte FIRST_IN_SENTENCE = 1;
  private static final byte LAST_IN_SENTENCE = 2;

  private ReuseText(String text, int tokenCount, int[] starts, char[] lengths, int[] tokenIndex, int[] keys,
      byte[] edges, int[] sentenceStarts, int[] sentenceEnds) {
    this.text = text;
    this.tokenCount = tokenCount;
    this.starts = starts;
    this.lengths = lengths;
    this.tokenIndex = tokenIndex;
    this.keys = keys;
    this.edges = edges;
    this.sentenceStarts = sentenceStarts;
    this.sentenceEnds = sentenceEnds;
  }

  /**
   * Prepares an analysed text from its TOKEN and SENTENCE spans (both in text order). Tokens may skip
   * regions such as boilerplate; such text then takes part in no passage.
   */
  public static ReuseText of(String text, List<Span> tokens, List<Span> sentences) {
    NormalizedTokens norm = NormalizedTokens.of(text, tokens, NORMALIZER);
    int n = norm.size();
    int[] starts = new int[n];
    char[] lengths = new char[n];
    int[] tokenIndex = new int[n];
    int[] keys = new int[n];
    byte[] edges = new byte[n];
    int[] sentenceStarts = new int[sentences.size()];
    int[] sentenceEnds = new int[sentences.size()];
    for (int k = 0; k < sentenceStarts.length; k++) {
      sentenceStarts[k] = sentences.get(k).start();
      sentenceEnds[k] = sentences.get(k).end();
    }
    int words = 0;
    int sentence = 0;
    int previousSentence = -2;
    char[] buf = new char[32];
    for (int i = 0; i < n; i++) {
      int len = norm.normalizedLength(i);
      if (ContentWords.isStop(norm.hash(i), len)) continue;
      if (len > buf.length) buf = new char[len * 2];
      norm.copyNormalized(i, buf);
      starts[words] = norm.start(i);
      lengths[words] = (char) Math.min(Character.MAX_VALUE, norm.end(i) - norm.start(i));
      tokenIndex[words] = i;
      keys[words] = ContentWords.stemHash(buf, len);
      // Which sentence holds the word (-1: none, e.g. a token the caller's sentences skip).
      while (sentence < sentenceEnds.length && sentenceEnds[sentence] <= starts[words]) sentence++;
      int in = sentence < sentenceStarts.length && sentenceStarts[sentence] <= starts[words] ? sentence : -1;
      if (in != previousSentence) {
        if (in >= 0) edges[words] |= FIRST_IN_SENTENCE;
        if (words > 0 && previousSentence >= 0) edges[words - 1] |= LAST_IN_SENTENCE;
      }
      previousSentence = in;
      words++;
    }
    if (words > 0 && previousSentence >= 0) edges[words - 1] |= LAST_IN_SENTENCE;
    return new ReuseText(text, n, Arrays.copyOf(starts, words), Arrays.copyOf(lengths, words),
        Arrays.copyOf(tokenIndex, words), Arrays.copyOf(keys, words), Arrays.copyOf(edges, words),
        sentenceStarts, sentenceEnds);
  }

  /** Prepares a plain text: tokenizes the whole of it and splits it into sentences line by line. */
  public static ReuseText of(String text) {
    List<Span> tokens = TOKENIZER.tokenize(text, 0, text.length());
    List<Span> sentences = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int nl = text.indexOf('\n', from);
      int to = nl < 0 ? text.length() : nl;
      SPLITTER.split(text, from, to, sentences);
      from = to + 1;
    }
    return of(text, tokens, sentences);
  }

  public String text() {
    return text;
  }

  /** All tokens, stop words included. */
  public int tokenCount() {
    return tokenCount;
  }

  /** Content words, the unit of alignment. */
  int wordCount() {
    return keys.length;
  }

  int start(int word) {
    return starts[word];
  }

  int end(int word) {
    return starts[word] + lengths[word];
  }

  /**
   * Key of the seed of {@code n} content words from {@code word}: their stem keys, in order, mixed into 64
   * well-spread bits (one word's key too: the index keeps only the high bits of a key).
   */
  long gramKey(int word, int n) {
    long h = 0;
    for (int i = word; i < word + n; i++) h = Hash64.mix(h * 31 + keys[i]);
    return h;
  }

  /** The token index of content word {@code word}: token counts of a passage come from these. */
  int tokenIndex(int word) {
    return tokenIndex[word];
  }

  /**
   * Where a passage starting at {@code word} starts: its sentence's start when no content word of that
   * sentence comes before it (so a leading «و» or «في» and an opening quote come along), else the word's.
   */
  int passageStart(int word) {
    return (edges[word] & FIRST_IN_SENTENCE) != 0 ? sentenceStarts[sentenceOf(word)] : starts[word];
  }

  /** Where a passage ending at {@code word} ends: its sentence's end when it is the sentence's last content word. */
  int passageEnd(int word) {
    return (edges[word] & LAST_IN_SENTENCE) != 0 ? sentenceEnds[sentenceOf(word)] : end(word);
  }

  private int sentenceOf(int word) {
    int k = Arrays.binarySearch(sentenceStarts, starts[word]);
    return k >= 0 ? k : -k - 2;
  }
}
