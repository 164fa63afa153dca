package org.marsad.core.paragraphs;

import java.util.Set;
import org.marsad.core.util.Chars;

/**
 * Decides whether a line break inside a block of lines (no blank line between) is a wrap inside one
 * paragraph or a paragraph break.
 *
 * <p>The rule. A line break is a paragraph break by default: most sources put one paragraph per line, and
 * short lines with no final stop are sub-headings ("فرار المدنيين", "\"قصف غير طبيعي\"", "سوريا تعتقل
 * المئات"), which are paragraphs of their own. A break is a WRAP, joining the next line to this one, only when
 * the line shows that its sentence is unfinished, which sub-headings never do:
 * <ol>
 *   <li>the line does not end with a sentence-final stop (. ! ? ؟ …, optionally followed by a closing quote or
 *       bracket); and one of:
 *   <li>it ends with a comma or semicolon (not a ".," separator, see {@link ParagraphSplitter}). Not a colon:
 *       a line ending "قال:" or "في الحوار التالي:" introduces a block (quote, poem, interview answer) that
 *       sources lay out as paragraphs of their own;
 *   <li>its last word is a word that cannot end a sentence: a preposition, relative pronoun, particle or
 *       conjunction (في من إلى على عن به الذي التي أن إن ...);
 *   <li>it leaves a quote or bracket open («, “, (, or an odd number of ASCII quotes);
 *   <li>the next line starts with punctuation that continues a sentence (، , . : ؛ ) » ”);
 *   <li>it has a clause comma inside AND the next line's first word is itself followed by a comma: the
 *       break splits an apposition such as "وزير الخارجية الأمريكي، جون / كيري، السبت، إن" (seed 000, whose
 *       lines break where links were). Both conditions are needed so that a headline with a comma is not
 *       glued to a body that opens with "ميدانياً،".
 * </ol>
 * Thread-safe (stateless).
 */
final class LineWrapRule {

  /** Words after which an Arabic sentence cannot end. */
  private static final Set<String> CONTINUATION_WORDS = Set.of(
      "في", "من", "إلى", "الى", "إلي", "على", "علي", "عن", "مع", "منذ", "حتى", "حول", "ضد", "نحو", "لدى",
      "عند", "بين", "خلال", "عبر", "بعد", "قبل", "دون", "بدون", "غير", "سوى", "مثل", "إزاء", "ازاء", "وفق",
      "به", "بها", "بهم", "له", "لها", "لهم", "فيه", "فيها", "منه", "منها", "عليه", "عليها", "عنه", "عنها",
      "الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي", "ما",
      "أن", "إن", "ان", "أنه", "إنه", "انه", "أنها", "إنها", "لأن", "لان", "كي", "لكي", "لكن", "بل", "أو", "او",
      "ثم", "و", "ف", "ل", "ب", "ك", "لا", "لم", "لن", "قد", "لقد", "كان", "كانت", "هو", "هي", "إذا", "اذا",
      "إذ", "اذ", "حيث", "كما", "أي", "اي", "كل", "بعض", "أمام", "امام", "تحت", "فوق", "وراء", "لـ", "بـ");

  private LineWrapRule() {}

  /**
   * Whether line {@code [ls, le)} continues on line {@code [ns, ne)}; both are trimmed and non-empty.
   */
  static boolean continues(String text, int ls, int le, int ns, int ne) {
    int last = le - 1;
    while (last > ls && Chars.isCloser(text.charAt(last))) last--;
    char end = text.charAt(last);
    if (Chars.isTerminal(end)) return false;
    char lastChar = text.charAt(le - 1);
    if (Chars.isComma(lastChar) || lastChar == ';' || lastChar == '\u061B') {
      return !(le - 2 >= ls && Chars.isTerminal(text.charAt(le - 2)));
    }
    if (CONTINUATION_WORDS.contains(lastWord(text, ls, le))) return true;
    if (leavesQuoteOpen(text, ls, le)) return true;
    char first = text.charAt(ns);
    if (Chars.isComma(first) || first == '.' || first == ':' || first == '\u061B' || first == ';'
        || first == ')' || first == '\u00BB' || first == '\u201D') {
      return true;
    }
    return hasComma(text, ls, le - 1) && firstWordEndsWithComma(text, ns, ne);
  }

  private static String lastWord(String text, int ls, int le) {
    int e = le;
    int s = e;
    while (s > ls && (Character.isLetter(text.charAt(s - 1)) || text.charAt(s - 1) == '\u0640')) s--;
    return text.substring(s, e);
  }

  private static boolean leavesQuoteOpen(String text, int from, int to) {
    int ascii = 0, guillemets = 0, curly = 0, parens = 0;
    for (int i = from; i < to; i++) {
      switch (text.charAt(i)) {
        case '"' -> ascii++;
        case '\u00AB' -> guillemets++;
        case '\u00BB' -> guillemets--;
        case '\u201C' -> curly++;
        case '\u201D' -> curly--;
        case '(' -> parens++;
        case ')' -> parens--;
        default -> { }
      }
    }
    return (ascii & 1) == 1 || guillemets > 0 || curly > 0 || parens > 0;
  }

  private static boolean hasComma(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Chars.isComma(text.charAt(i))) return true;
    }
    return false;
  }

  private static boolean firstWordEndsWithComma(String text, int from, int to) {
    int i = from;
    while (i < to && !Chars.isSpace(text.charAt(i)) && !Chars.isComma(text.charAt(i))) i++;
    return i > from && i < to && Chars.isComma(text.charAt(i));
  }
}
