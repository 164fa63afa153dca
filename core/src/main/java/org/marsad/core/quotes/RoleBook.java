package org.marsad.core.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles the text gives its people («وزير الخارجية الفرنسي جان مارك أيرولت»), so that a later bare role
 * («وزير الخارجية الفرنسي», «الوزير الأميركي») resolves to the person it last named.
 */
final class RoleBook {

  /** How many words before a name may belong to its role. */
  private static final int MAX_ROLE_WORDS = 6;

  /** How far back a bare role looks: a long article's early names should not cost every later lookup. */
  private static final int MAX_LOOKBACK = 64;

  private record Entry(String head, Set<String> words, Speaker person) {}

  private final List<Entry> entries = new ArrayList<>();

  RoleBook(Words w) {
    for (int i = 1; i < w.size(); i++) {
      if ("PER".equals(w.entityType(i))) add(w, i);
    }
  }

  /** Reads back from the name in token {@code name} to the farthest role head before it. */
  private void add(Words w, int name) {
    int head = -1;
    for (int j = name - 1; j >= 0 && name - j <= MAX_ROLE_WORDS; j--) {
      // Only a comma right before the name («الأمريكي، جون كيري») may sit inside a role.
      if (j < name - 1 && w.punctuatedBefore(j + 1)) break;
      if (SpeakerWords.isStop(w.folded[j]) || SpeechVerbs.verbLemma(w.folded[j]) != null) break;
      if (SpeakerWords.isRoleHead(w.folded[j])) head = j;
    }
    if (head < 0) return;
    Set<String> words = new HashSet<>();
    for (int j = head; j < name; j++) words.add(ArabicWords.stem(w.folded[j]));
    entries.add(new Entry(ArabicWords.stem(w.folded[head]), words,
        Speaker.at(w.text, w.entity[name].start(), w.entity[name].end())));
  }

  /**
   * The person last named with a role that the described role fits: same head noun, and every other word
   * of the description among the role's words. Null when the text names no one for it before {@code at}.
   */
  Speaker resolve(List<String> described, int at) {
    String head = ArabicWords.stem(described.get(0));
    int last = lastBefore(at);
    for (int k = last; k >= 0 && k > last - MAX_LOOKBACK; k--) {
      Entry e = entries.get(k);
      if (!e.head.equals(head)) continue;
      boolean fits = true;
      for (String word : described) fits &= e.words.contains(ArabicWords.stem(word));
      if (fits) return e.person;
    }
    return null;
  }

  /** Index of the last entry whose name starts before {@code at}; entries are in text order. */
  private int lastBefore(int at) {
    int lo = 0;
    int hi = entries.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (entries.get(mid).person.start() < at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}
