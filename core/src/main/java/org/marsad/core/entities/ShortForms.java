package org.marsad.core.entities;

import java.util.List;
import java.util.Set;

/**
 * Which parts of a person's full name can stand for it alone: a tail («كيري» of «جون كيري», «دي ميستورا»
 * of «ستيفان دي ميستورا») or, within one article, a head («محمد» of «محمد مرسي»). A part may not cut a
 * name right after a particle that binds to the next word: «بان» is not a short form of «مارين لو بان»,
 * nor «محمد بن» of «محمد بن سلمان».
 */
final class ShortForms {

  /** Particles that belong to the word after them: بن, أبو, آل, and those of foreign names (دي, فون, لو). */
  private static final Set<String> BINDING = WordList.of("بن ابن بنت أبو أبي أم آل عبد ولد دي دو دا ديل فان فون لا لو");

  private ShortForms() {}

  /** Whether {@code name}[from, size) may stand for {@code name} (a proper tail). */
  static boolean isTail(List<String> name, int from) {
    return from > 0 && from < name.size() && !BINDING.contains(name.get(from - 1));
  }

  /** Whether {@code name}[0, to) may stand for {@code name} (a proper head). */
  static boolean isHead(List<String> name, int to) {
    return to > 0 && to < name.size() && !BINDING.contains(name.get(to - 1));
  }

  /** Whether {@code shorter} is a tail of {@code longer} that may stand for it. */
  static boolean isTailOf(List<String> shorter, List<String> longer) {
    int from = longer.size() - shorter.size();
    return isTail(longer, from) && longer.subList(from, longer.size()).equals(shorter);
  }

  /** Whether {@code shorter} is a head of {@code longer} that may stand for it. */
  static boolean isHeadOf(List<String> shorter, List<String> longer) {
    return isHead(longer, shorter.size()) && longer.subList(0, shorter.size()).equals(shorter);
  }
}
