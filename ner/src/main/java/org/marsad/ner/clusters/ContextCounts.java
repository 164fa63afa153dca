package org.marsad.ner.clusters;

/**
 * Counts each vocabulary word's neighbours: for every offset up to the window on each side, one column per
 * context word (the {@code contextWords} most frequent words), one for "the sentence ends here" and one
 * for "some rarer word". Left and right are kept apart: a name is told by what comes before it (قال,
 * الرئيس) as much as by what follows.
 *
 * <p>Rows are counted in blocks of words on the workers. Each block scans the whole corpus and counts
 * only its own words, so no two workers share a counter and the counts are exact.
 */
final class ContextCounts {

  /** Marks a sentence break in the row array {@link #count} takes; apart from {@link Vocabulary#NONE}. */
  static final int BREAK = -2;

  private final int[] rows;
  private final int vocabularySize;
  private final int contextWords;
  private final int window;
  private final int perSlot;

  /**
   * @param rows each corpus position's vocabulary index, {@link Vocabulary#NONE} for a word outside the
   *     vocabulary, {@link #BREAK} for a sentence break
   */
  private ContextCounts(int[] rows, int vocabularySize, int contextWords, int window) {
    this.rows = rows;
    this.vocabularySize = vocabularySize;
    this.contextWords = Math.min(contextWords, vocabularySize);
    this.window = window;
    this.perSlot = this.contextWords + 2;
  }

  static SparseRows count(int[] rows, int[] wordCounts, int contextWords, int window, Workers workers) {
    return new ContextCounts(rows, wordCounts.length, contextWords, window).count(wordCounts, workers);
  }

  private SparseRows count(int[] wordCounts, Workers workers) {
    int columns = 2 * window * perSlot;
    int[] blockStart = blocks(wordCounts, columns, 8 * workers.threads());
    int blocks = blockStart.length - 1;
    long[][] entries = new long[blocks][];
    workers.forEach(blocks, b -> entries[b] = countBlock(blockStart[b], blockStart[b + 1], columns, wordCounts));

    long total = 0;
    for (long[] e : entries) total += e.length;
    if (total > Integer.MAX_VALUE - 8) throw new IllegalStateException("too many (word, context) pairs: " + total);
    int[] rowStart = new int[vocabularySize + 1];
    int[] cols = new int[(int) total];
    float[] values = new float[(int) total];
    int n = 0;
    for (int b = 0; b < blocks; b++) {
      for (long e : entries[b]) {
        int key = (int) (e >>> 32);
        int row = blockStart[b] + key / columns;
        rowStart[row + 1]++;
        cols[n] = key % columns;
        values[n++] = (float) (int) e;
      }
      entries[b] = null;
    }
    for (int r = 0; r < vocabularySize; r++) rowStart[r + 1] += rowStart[r];
    return new SparseRows(columns, rowStart, cols, values);
  }

  /** The counts of rows [lo, hi), keyed {@code (row - lo) * columns + column}, sorted. */
  private long[] countBlock(int lo, int hi, int columns, int[] wordCounts) {
    long tokens = 0;
    for (int r = lo; r < hi; r++) tokens += wordCounts[r];
    IntCountMap counts = new IntCountMap((int) Math.min(1 << 24, tokens));
    for (int i = 0; i < rows.length; i++) {
      int row = rows[i];
      if (row < lo || row >= hi) continue;
      int base = (row - lo) * columns;
      for (int side = 0; side < 2; side++) {
        int step = side == 0 ? -1 : 1;
        boolean edge = false;
        for (int o = 1; o <= window; o++) {
          int j = i + step * o;
          edge = edge || j < 0 || j >= rows.length || rows[j] == BREAK;
          int slot = side * window + o - 1;
          counts.increment(base + slot * perSlot + (edge ? contextWords : contextColumn(rows[j])));
        }
      }
    }
    return counts.sortedEntries();
  }

  /** A neighbour's column within its slot: the word itself when frequent enough, else the rare column. */
  private int contextColumn(int row) {
    return row != Vocabulary.NONE && row < contextWords ? row : contextWords + 1;
  }

  /**
   * Splits the rows into about {@code wanted} blocks of similar token mass, each small enough that its
   * keys fit in an int.
   */
  private int[] blocks(int[] wordCounts, int columns, int wanted) {
    long mass = 0;
    for (int c : wordCounts) mass += c;
    long target = Math.max(1, mass / wanted);
    int maxRows = Integer.MAX_VALUE / columns;
    int[] starts = new int[vocabularySize + 2];
    int n = 0;
    long inBlock = 0;
    for (int r = 0; r < vocabularySize; r++) {
      if (r == starts[n] + maxRows || (inBlock >= target && r > starts[n])) {
        starts[++n] = r;
        inBlock = 0;
      }
      inBlock += wordCounts[r];
    }
    starts[++n] = vocabularySize;
    return java.util.Arrays.copyOf(starts, n + 1);
  }
}
