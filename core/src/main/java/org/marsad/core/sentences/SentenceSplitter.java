package org.marsad.core.sentences;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.util.Chars;

/**
 * Splits one paragraph (or any region that holds no paragraph break) into SENTENCE spans, trimmed.
 *
 * <p>The rule. A sentence ends after a run of stops (. ! ? ؟ … ۔, so ".." and "؟!" end once) when:
 * <ul>
 *   <li>the run is outside every quote and bracket: «», “”, ASCII "" (toggling) and (). A quoted statement
 *       of several sentences stays one sentence of the reporting text, and an elision "(..)" inside it never
 *       ends one. A quote kind whose marks do not pair up in the region is ignored, so that one stray quote
 *       mark cannot swallow the rest of a paragraph. State starts fresh in each region: quotes never run
 *       across paragraphs;
 *   <li>and the run is followed by the region's end, whitespace, or an Arabic letter (scraped text often
 *       drops the space: "تويتر".بعد); not by a digit or Latin letter (3.5, U.S., a web address);
 *   <li>and the stop is not a one-letter abbreviation such as "د." (doctor) or "م." .
 * </ul>
 * A line break inside a region is not a boundary (the region is a wrapped paragraph). A piece with no letter
 * or digit (a stray " ." ) joins the sentence before it. Thread-safe (stateless).
 */
public final class SentenceSplitter {

  public List<Span> split(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    split(text, from, to, out);
    return out;
  }

  /** Same as {@link #split(String, int, int)}, appending to {@code out}. */
  public void split(String text, int from, int to, List<Span> out) {
    QuoteBalance usable = QuoteBalance.of(text, from, to);
    boolean inAscii = false;
    int guillemets = 0, curly = 0, parens = 0;
    int start = from;
    int firstOut = out.size();
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> { if (usable.ascii) inAscii = !inAscii; }
        case '\u00AB' -> { if (usable.guillemets) guillemets++; }
        case '\u00BB' -> { if (usable.guillemets && guillemets > 0) guillemets--; }
        case '\u201C' -> { if (usable.curly) curly++; }
        case '\u201D' -> { if (usable.curly && curly > 0) curly--; }
        case '(' -> { if (usable.parens) parens++; }
        case ')' -> { if (usable.parens && parens > 0) parens--; }
        default -> { }
      }
      if (Chars.isTerminal(c)) {
        int j = i + 1;
        while (j < to && Chars.isTerminal(text.charAt(j))) j++;
        boolean quoted = inAscii || guillemets > 0 || curly > 0 || parens > 0;
        if (!quoted && endsHere(text, i, j, to)) {
          // A closing mark right after the stop belongs to this sentence (only reached when that mark's kind
          // does not pair up in the region, else the stop would have been inside it).
          while (j < to && Chars.isCloser(text.charAt(j)) && !usable.opensOrCloses(text.charAt(j))) j++;
          add(text, start, j, out, firstOut);
          start = j;
        }
        i = j;
        continue;
      }
      i++;
    }
    add(text, start, to, out, firstOut);
  }

  /** Whether the stop run {@code [i, j)} ends a sentence, judged by what follows and what precedes it. */
  private static boolean endsHere(String text, int i, int j, int to) {
    if (j < to) {
      char next = text.charAt(j);
      if (!Chars.isSpace(next) && !Chars.isArabicLetter(next) && !Chars.isCloser(next)) return false;
    }
    // A single letter before a single '.', itself after a space or the region start: an abbreviation (د.).
    if (j == i + 1 && text.charAt(i) == '.' && i >= 1 && Character.isLetter(text.charAt(i - 1))
        && (i == 1 || !Character.isLetter(text.charAt(i - 2)))) {
      return false;
    }
    return true;
  }

  private static void add(String text, int from, int to, List<Span> out, int firstOut) {
    int s = Chars.skipSpace(text, from, to);
    int e = Chars.trimEnd(text, s, to);
    if (s >= e) return;
    if (!hasLetterOrDigit(text, s, e)) {
      int last = out.size() - 1;
      if (last >= firstOut) out.set(last, new Span(SpanKind.SENTENCE, out.get(last).start(), e));
      return;
    }
    out.add(new Span(SpanKind.SENTENCE, s, e));
  }

  private static boolean hasLetterOrDigit(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) return true;
    }
    return false;
  }

  /** Which quote kinds pair up in a region and so can be trusted to protect what they enclose. */
  private record QuoteBalance(boolean ascii, boolean guillemets, boolean curly, boolean parens) {
    /** Whether {@code c} is a mark of a kind this region tracks. */
    boolean opensOrCloses(char c) {
      return switch (c) {
        case '"' -> ascii;
        case '\u00BB' -> guillemets;
        case '\u201D' -> curly;
        case ')' -> parens;
        default -> false;
      };
    }

    static QuoteBalance of(String text, int from, int to) {
      int ascii = 0, gOpen = 0, gClose = 0, cOpen = 0, cClose = 0, pOpen = 0, pClose = 0;
      for (int i = from; i < to; i++) {
        switch (text.charAt(i)) {
          case '"' -> ascii++;
          case '\u00AB' -> gOpen++;
          case '\u00BB' -> gClose++;
          case '\u201C' -> cOpen++;
          case '\u201D' -> cClose++;
          case '(' -> pOpen++;
          case ')' -> pClose++;
          default -> { }
        }
      }
      return new QuoteBalance((ascii & 1) == 0, gOpen == gClose, cOpen == cClose, pOpen == pClose);
    }
  }
}
