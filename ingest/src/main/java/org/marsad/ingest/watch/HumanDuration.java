package org.marsad.ingest.watch;

import java.time.Duration;

/** "45 s", "4 min", "2 h 30 min": waits as a person reads them in a one-line message. */
public final class HumanDuration {

  private HumanDuration() {}

  public static String of(Duration d) {
    long s = Math.max(0, (d.toMillis() + 999) / 1000);
    if (s < 120) return s + " s";
    long min = (s + 30) / 60;
    if (min < 120) return min + " min";
    long h = min / 60;
    long rest = min % 60;
    return rest == 0 ? h + " h" : h + " h " + rest + " min";
  }
}
