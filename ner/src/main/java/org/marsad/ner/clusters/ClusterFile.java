package org.marsad.ner.clusters;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PushbackInputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The word-clusters file: UTF-8 text, gzipped. A header line names the columns, {@code word<TAB>c64<TAB>
 * c256<TAB>c1024} for levels 64, 256 and 1024, so a reader learns the levels from the file. Then one line
 * per word, most frequent word first: the word in its matching form and its cluster at each level. Words
 * never hold a tab or a line break (the tokenizer splits on both).
 *
 * <p>Java's gzip header carries no time or name, so the same table always gives the same bytes.
 */
public final class ClusterFile {

  static final String WORD_COLUMN = "word";
  static final String LEVEL_PREFIX = "c";

  private ClusterFile() {}

  /** Writes the table, gzipped, to {@code out}; finishes the gzip stream but leaves {@code out} open. */
  public static void write(WordClusterTable table, OutputStream out) throws IOException {
    GZIPOutputStream gzip = new GZIPOutputStream(out, 1 << 16);
    Writer w = new BufferedWriter(new OutputStreamWriter(gzip, StandardCharsets.UTF_8), 1 << 16);
    w.write(WORD_COLUMN);
    for (int level : table.levels()) w.write("\t" + LEVEL_PREFIX + level);
    w.write('\n');
    for (int i = 0; i < table.size(); i++) {
      w.write(table.words().get(i));
      for (int[] level : table.clusters()) {
        w.write('\t');
        w.write(Integer.toString(level[i]));
      }
      w.write('\n');
    }
    w.flush();
    gzip.finish();
  }

  /** A parsed file: the levels, then each word and its clusters, in file order. */
  record Contents(int[] levels, List<String> words, List<int[]> clusters) {}

  /** Reads a file in this format, gzipped or not. */
  static Contents read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(ungzipped(in), StandardCharsets.UTF_8), 1 << 16);
    String header = r.readLine();
    if (header == null) throw new IOException("empty word-clusters file");
    int[] levels = levels(header);
    List<String> words = new ArrayList<>();
    List<int[]> clusters = new ArrayList<>();
    int lineNumber = 1;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNumber++;
      if (line.isEmpty()) continue;
      String[] cells = line.split("\t", -1);
      if (cells.length != levels.length + 1) {
        throw new IOException("line " + lineNumber + ": " + cells.length + " columns, the header has " + (levels.length + 1));
      }
      int[] c = new int[levels.length];
      for (int l = 0; l < levels.length; l++) c[l] = parse(cells[l + 1], lineNumber);
      words.add(cells[0]);
      clusters.add(c);
    }
    return new Contents(levels, words, clusters);
  }

  private static int[] levels(String header) throws IOException {
    String[] cells = header.split("\t", -1);
    if (cells.length < 2 || !cells[0].equals(WORD_COLUMN)) throw new IOException("not a word-clusters header: " + header);
    int[] levels = new int[cells.length - 1];
    for (int l = 0; l < levels.length; l++) {
      if (!cells[l + 1].startsWith(LEVEL_PREFIX)) throw new IOException("not a level column: " + cells[l + 1]);
      levels[l] = parse(cells[l + 1].substring(LEVEL_PREFIX.length()), 1);
    }
    return levels;
  }

  private static int parse(String cell, int lineNumber) throws IOException {
    try {
      return Integer.parseInt(cell);
    } catch (NumberFormatException e) {
      throw new IOException("line " + lineNumber + ": not a number: " + cell, e);
    }
  }

  private static InputStream ungzipped(InputStream in) throws IOException {
    PushbackInputStream p = new PushbackInputStream(in, 2);
    byte[] magic = p.readNBytes(2);
    p.unread(magic);
    boolean gzip = magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b;
    return gzip ? new GZIPInputStream(p, 1 << 16) : p;
  }
}
