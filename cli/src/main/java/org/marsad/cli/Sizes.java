package org.marsad.cli;

import java.util.Locale;

final class Sizes {
  private Sizes() {}

  static String human(long bytes) {
    if (bytes < 1024) return bytes + " B";
    if (bytes < 1L << 20) return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    if (bytes < 1L << 30) return String.format(Locale.ROOT, "%.1f MB", bytes / (double) (1L << 20));
    return String.format(Locale.ROOT, "%.2f GB", bytes / (double) (1L << 30));
  }
}
