package org.marsad.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr with rate and ETA, shown only when a person is watching: when stdout is a
 * terminal. Piped or redirected runs (scripts, CI, --json) get no bar and no control characters.
 */
final class ProgressReport implements AutoCloseable {

  private final boolean enabled;
  private ProgressBar bar;
  private long startNanos;

  private ProgressReport(boolean enabled) {
    this.enabled = enabled;
  }

  static ProgressReport forTerminal(boolean wanted) {
    return new ProgressReport(wanted && System.console() != null);
  }

  void start(long totalBytes) {
    if (!enabled) return;
    startNanos = System.nanoTime();
    bar = new ProgressBarBuilder()
        .setTaskName("ingest")
        .setInitialMax(Math.max(1, totalBytes))
        .setUnit(" MB", 1L << 20)
        .setStyle(ProgressBarStyle.UNICODE_BLOCK)
        .showSpeed(new java.text.DecimalFormat("0.0"))
        .setConsumer(new ConsoleProgressBarConsumer(System.err))
        .build();
  }

  void update(long bytesDone, long articles) {
    if (bar == null) return;
    double seconds = Math.max(1e-3, (System.nanoTime() - startNanos) / 1e9);
    bar.stepTo(bytesDone);
    bar.setExtraMessage(String.format(" · %,d articles, %,.0f/s", articles, articles / seconds));
  }

  /** Prints a line without garbling the bar: clear the bar's line first; it redraws on its next tick. */
  void println(PrintStream stream, String line) {
    if (bar != null) stream.print("\r\033[2K");
    stream.println(line);
  }

  @Override
  public void close() {
    if (bar != null) bar.close();
  }
}
