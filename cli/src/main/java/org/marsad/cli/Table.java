package org.marsad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** A plain left-aligned text table: columns as wide as their widest cell, the last one unpadded. */
final class Table {
  private final String[] header;
  private final List<String[]> rows = new ArrayList<>();

  Table(String... header) {
    this.header = header;
  }

  Table row(Object... cells) {
    String[] r = new String[header.length];
    for (int i = 0; i < r.length; i++) r[i] = i < cells.length && cells[i] != null ? cells[i].toString() : "";
    rows.add(r);
    return this;
  }

  void print(PrintStream out) {
    int[] width = new int[header.length];
    for (int i = 0; i < header.length; i++) width[i] = header[i].length();
    for (String[] r : rows) for (int i = 0; i < r.length; i++) width[i] = Math.max(width[i], r[i].length());
    if (!String.join("", header).isEmpty()) line(out, header, width);
    for (String[] r : rows) line(out, r, width);
  }

  private static void line(PrintStream out, String[] cells, int[] width) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < cells.length; i++) {
      sb.append(cells[i]);
      if (i < cells.length - 1) sb.append(" ".repeat(width[i] - cells[i].length() + 2));
    }
    out.println(sb.toString().stripTrailing());
  }
}
