package org.marsad.core.entities;

import java.util.List;

/**
 * A mention's surface read as a name: its words as written and in matching form, and how many leading
 * words are a role or kind ({@link NamePrefixes}). Immutable.
 *
 * <p>The {@link #key()} is the name's matching words run together without spaces, so that forms glued by
 * a missing space («الولاياتالمتحدة») and spaced ones («الولايات المتحدة») meet.
 */
final class NameForm {

  private final List<String> written;
  private final List<String> tokens;
  private final int prefix;
  private final String key;

  NameForm(List<String> written, List<String> tokens, int prefix) {
    if (written.size() != tokens.size() || tokens.isEmpty() || prefix >= tokens.size()) {
      throw new IllegalArgumentException("bad name form " + written + " / " + tokens + " / " + prefix);
    }
    this.written = List.copyOf(written);
    this.tokens = List.copyOf(tokens);
    this.prefix = prefix;
    this.key = String.join("", name());
  }

  /** The name's matching words, without the role or kind prefix. */
  List<String> name() {
    return tokens.subList(prefix, tokens.size());
  }

  int size() {
    return tokens.size() - prefix;
  }

  /** How many leading words are a role or kind. */
  int prefix() {
    return prefix;
  }

  String key() {
    return key;
  }

  /**
   * The key this form would have if its first word lost the alef of «ال» to a fused «ل»: «للأمم» minus
   * the proclitic is «لأمم», whose key becomes that of «الأمم». Null when the first word cannot be such
   * a residue (it must start with ل, not with ال).
   */
  String residueKey() {
    String first = name().get(0);
    if (first.length() < 3 || first.charAt(0) != 'ل' || first.startsWith("ال")) return null;
    return "ا" + key;
  }

  /**
   * The form as a display name: a person without the role (titles are not names), a place or
   * organisation with its kind («وكالة فرانس برس» is its full name). Words joined by single spaces.
   */
  String display(EntityType type) {
    List<String> words = type == EntityType.PER ? written.subList(prefix, written.size()) : written;
    return String.join(" ", words);
  }

  /** Whether this name is {@code other}'s name with words only added in front («جون كيري» of «كيري»). */
  boolean endsWith(NameForm other) {
    List<String> mine = name();
    List<String> theirs = other.name();
    return theirs.size() <= mine.size() && mine.subList(mine.size() - theirs.size(), mine.size()).equals(theirs);
  }

  @Override
  public String toString() {
    return String.join(" ", written) + " [" + String.join(" ", name()) + "]";
  }
}
