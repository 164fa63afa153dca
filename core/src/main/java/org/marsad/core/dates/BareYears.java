package org.marsad.core.dates;

import java.util.Set;

/**
 * Decides whether four digits standing alone («حرب 1948», «الانتفاضة الأولى 1987», «... عام مضى، 2016.»)
 * are a year. Outside a year form («عام 2016», «( 1948 )») such digits are as often a count («1948 شخصا»),
 * so only two contexts count: an event noun just before (a war, a revolt, an election named by its year), or
 * nothing after but punctuation or the end of the text, where a count would have named what it counts.
 * Digits numbering a thing («القرار 2254», «رقم 1987») are never a year.
 */
final class BareYears {
  private BareYears() {}

  /** Stems of nouns an event is named by, with its year after it; matched at the start of a word without ال / و. */
  private static final Set<String> EVENT_NOUNS = Set.of("حرب", "ثورة", "انتفاضة", "نكبة", "نكسة", "أحداث", "احداث",
      "انتخابات", "مونديال", "أولمبياد", "اولمبياد", "دستور", "موازنة", "ميزانية", "موسم", "دورة", "بطولة", "كأس",
      "أزمة", "ازمة", "اتفاق", "اتفاقية", "اتفاقيات", "مجزرة", "عدوان", "اجتياح", "غزو", "احتلال", "حصار", "زلزال",
      "رؤية", "خطة", "استراتيجية", "إستراتيجية", "قمة", "مؤتمر", "تعداد", "إحصاء", "احصاء");
  private static final Set<String> NUMBERING = Set.of("رقم", "القرار", "قرار", "المرسوم", "المادة", "مادة",
      "البند", "الفصل", "الصفحة", "صفحة", "العدد", "ص", "الفقرة", "فقرة");
  private static final String CLOSING = ".،,:;)»\"]؟!";
  private static final int WORDS_BACK = 3;

  static boolean isYearContext(String text, int start, int end) {
    String previous = wordBefore(text, start);
    if (previous != null && NUMBERING.contains(previous)) return false;
    int i = end;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    if (i == text.length() || CLOSING.indexOf(text.charAt(i)) >= 0) return true;
    int at = start;
    for (int k = 0; k < WORDS_BACK; k++) {
      int wordEnd = skipBack(text, at);
      int wordStart = wordEnd;
      while (wordStart > 0 && isLetter(text.charAt(wordStart - 1))) wordStart--;
      if (wordStart == wordEnd) return false; // digits or punctuation between: another phrase
      if (isEventNoun(text.substring(wordStart, wordEnd))) return true;
      at = wordStart;
    }
    return false;
  }

  private static boolean isEventNoun(String word) {
    String w = word;
    if (w.startsWith("و") && w.length() > 3) w = w.substring(1);
    if (w.startsWith("ال") && w.length() > 4) w = w.substring(2);
    else if (w.startsWith("لل") && w.length() > 4) w = w.substring(2);
    return EVENT_NOUNS.contains(w) || EVENT_NOUNS.contains(word);
  }

  private static String wordBefore(String text, int start) {
    int e = skipBack(text, start);
    int s = e;
    while (s > 0 && isLetter(text.charAt(s - 1))) s--;
    return s == e ? null : text.substring(s, e);
  }

  /** The end of what precedes {@code at}, past spaces. */
  private static int skipBack(String text, int at) {
    int i = at;
    while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) i--;
    return i;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }
}
