package org.marsad.ner.clusters;

/**
 * A sparse matrix by rows (compressed sparse rows): row r holds columns {@code columns[start(r) ..
 * start(r + 1))}, in increasing order, with their values.
 */
record SparseRows(int columnCount, int[] rowStart, int[] columns, float[] values) {

  int rowCount() {
    return rowStart.length - 1;
  }

  int start(int row) {
    return rowStart[row];
  }

  int end(int row) {
    return rowStart[row + 1];
  }
}
