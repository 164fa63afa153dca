package org.marsad.ingest.reuse;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import org.marsad.core.dates.PublicationDay;

/**
 * Which of two articles sharing a passage is its likely source. A wire agency's copy, against a paper's,
 * when the two days are at most one apart or one is unknown: agencies write what papers reprint, in print
 * the next day, and a day's gap is within what dates taken at crawl time get wrong (SaudiNewsNet dates its
 * articles by extraction). Otherwise the one published on an earlier day; on the same or an unknown day,
 * the one stored first, a guess the basis says is weak.
 */
final class Origin {

  /** How sure the orientation is, strongest first. */
  enum Basis {
    /** Published on an earlier day. */
    EARLIER,
    /** A wire agency's copy, dated within a day of the paper's or undated. */
    WIRE,
    /** Same or unknown day, no agency: the article stored first, a weak guess. */
    STORED_FIRST;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Outlet names (lower case, as readers give them: URL hosts, folder names) of wire agencies. */
  private static final Set<String> WIRES = Set.of("spa", "was", "واس", "afp", "reuters", "رويترز", "ap", "dpa",
      "anadolu", "aa", "الأناضول", "qna", "wam", "kuna", "mena", "sana", "xinhua", "petra", "bna", "una");

  /** How many days after a paper's copy a wire's own copy may be dated and still be taken for the source. */
  static final int WIRE_LEAD_DAYS = 1;

  private Origin() {}

  record Side(String article, String outlet, String published, int order) {}

  /** {@code [source, copy]} and the basis. */
  record Decision(Side source, Side copy, Basis basis) {}

  static Decision of(Side a, Side b) {
    LocalDate da = PublicationDay.of(a.published());
    LocalDate db = PublicationDay.of(b.published());
    boolean wa = isWire(a.outlet());
    boolean wb = isWire(b.outlet());
    boolean close = da == null || db == null || Math.abs(da.toEpochDay() - db.toEpochDay()) <= WIRE_LEAD_DAYS;
    if (wa != wb && close) return wa ? new Decision(a, b, Basis.WIRE) : new Decision(b, a, Basis.WIRE);
    if (da != null && db != null && !da.equals(db)) {
      return da.isBefore(db) ? new Decision(a, b, Basis.EARLIER) : new Decision(b, a, Basis.EARLIER);
    }
    return a.order() <= b.order() ? new Decision(a, b, Basis.STORED_FIRST) : new Decision(b, a, Basis.STORED_FIRST);
  }

  static boolean isWire(String outlet) {
    if (outlet == null) return false;
    String o = outlet.toLowerCase(Locale.ROOT).strip();
    if (o.startsWith("www.")) o = o.substring(4);
    int dot = o.indexOf('.');
    String head = dot > 0 ? o.substring(0, dot) : o;
    return WIRES.contains(o) || WIRES.contains(head);
  }
}
