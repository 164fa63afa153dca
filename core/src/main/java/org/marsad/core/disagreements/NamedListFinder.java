package org.marsad.core.disagreements;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.figures.Figure;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Reads the list a count of countries introduces with «هي» («namely»): «و4 دول عربية هي السعودية والإمارات
 * وقطر والأردن». Members are joined by «و» glued to the next name or by commas; a multi-word name is an
 * entity span or a name of {@link CountryNames}; the list ends at the first word joined by neither (or at
 * «و» before a digit: «... وإيطاليا و4 دول عربية»). «بينها» / «منها» (among them) introduce a partial list and
 * are not read. Stateless and thread-safe.
 */
public final class NamedListFinder {

  /** Words between the counted noun and «هي»: «غربية وعربية» at most. */
  private static final int MAX_QUALIFIER_WORDS = 3;
  private static final int MAX_NAME_WORDS = 4;

  /** The list the figure introduces, or null when it introduces none (or names fewer than two members). */
  public NamedList find(Article a, Figure f) {
    if (!"countries".equals(f.kind())) return null;
    String text = a.text();
    int limit = f.sentenceEnd() > 0 ? f.sentenceEnd() : text.length();
    int at = f.end();
    List<String> qualifier = new ArrayList<>();
    String w;
    while (true) {
      at = skipSpaces(text, at, limit);
      w = word(text, at, limit);
      if (w.isEmpty()) return null; // punctuation or the end before «هي»
      if (w.equals("هي") || w.equals("وهي")) break;
      if (qualifier.size() == MAX_QUALIFIER_WORDS) return null;
      qualifier.add(w);
      at += w.length();
    }
    at = skipSpaces(text, at + w.length(), limit);
    if (at < limit && text.charAt(at) == ':') at = skipSpaces(text, at + 1, limit);
    List<Span> entities = a.spans(SpanKind.ENTITY);
    List<NamedList.Member> members = new ArrayList<>();
    boolean first = true;
    while (at < limit) {
      int from = at;
      if (!first) {
        // the joint: «، » and/or a glued «و»
        boolean comma = false;
        if (text.charAt(at) == '،' || text.charAt(at) == ',') {
          comma = true;
          at = skipSpaces(text, at + 1, limit);
        }
        boolean and = at + 1 < limit && text.charAt(at) == 'و' && Character.isLetter(text.charAt(at + 1))
            && nameAt(text, at + 1, limit, entities) != null;
        if (and) at++;
        if (!comma && !and) break;
      }
      int[] name = nameAt(text, at, limit, entities);
      if (name == null) {
        at = from;
        break;
      }
      members.add(new NamedList.Member(text.substring(name[0], name[1]), name[0], name[1]));
      at = skipSpaces(text, name[1], limit);
      first = false;
    }
    if (members.size() < 2) return null;
    int end = members.get(members.size() - 1).end();
    return new NamedList(f.start(), end, f.kind(), qualifier.isEmpty() ? null : String.join(" ", qualifier),
        f.value(), members);
  }

  /**
   * The name starting at {@code at}: the longest run of up to {@value #MAX_NAME_WORDS} words that
   * {@link CountryNames} knows, else a place or organization entity span starting there; null otherwise, which
   * ends the list («... والأردن وذلك لبحث» stops before «وذلك»).
   */
  private static int[] nameAt(String text, int at, int limit, List<Span> entities) {
    int end = -1;
    int p = at;
    for (int k = 0; k < MAX_NAME_WORDS; k++) {
      String w = word(text, p, limit);
      if (w.isEmpty()) break;
      p += w.length();
      if (CountryNames.isKnown(text.substring(at, p))) end = p;
      p = skipSpaces(text, p, limit);
    }
    if (end > 0) return new int[] {at, end};
    for (Span e : entities) {
      boolean placeOrBody = "LOC".equals(e.note()) || "ORG".equals(e.note());
      if (e.start() == at && e.end() <= limit && placeOrBody) return new int[] {e.start(), e.end()};
    }
    return null;
  }

  private static String word(String text, int at, int limit) {
    int e = at;
    while (e < limit && (Character.isLetter(text.charAt(e)) || Character.getType(text.charAt(e)) == Character.NON_SPACING_MARK)) {
      e++;
    }
    return text.substring(at, e);
  }

  private static int skipSpaces(String text, int at, int limit) {
    while (at < limit && Character.isWhitespace(text.charAt(at))) at++;
    return at;
  }
}
