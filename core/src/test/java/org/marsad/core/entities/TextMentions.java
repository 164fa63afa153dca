package org.marsad.core.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.core.Seeds;

/**
 * Stands in for the NER tagger in tests: finds the given names in a text as whole words and makes them
 * mentions, as the tagger would hand them over (a leading proclitic و ف ب ل ك left out of the span, the
 * surface exactly the text slice). An occurrence inside a longer listed name is not a mention of its own.
 * Every listed name must occur, so that a test cannot silently check a string the text does not hold.
 */
final class TextMentions {

  private static final String PROCLITICS = "وفبلك";

  private final String articleId;
  private final String text;
  private final List<Mention> found = new ArrayList<>();

  private TextMentions(String articleId, String text) {
    this.articleId = articleId;
    this.text = text;
  }

  static TextMentions in(String articleId, String text) {
    return new TextMentions(articleId, text);
  }

  /** Seed {@code n} of samples/aleppo-2016, as article "seed{n}". */
  static TextMentions seed(int n) {
    return in("seed" + n, Seeds.text(n));
  }

  TextMentions per(String... names) {
    return find(EntityType.PER, names);
  }

  TextMentions loc(String... names) {
    return find(EntityType.LOC, names);
  }

  TextMentions org(String... names) {
    return find(EntityType.ORG, names);
  }

  private TextMentions find(EntityType type, String... names) {
    for (String name : names) {
      int before = found.size();
      for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
        int end = at + name.length();
        if (startsWord(at) && (end == text.length() || !Character.isLetter(text.charAt(end)))) {
          found.add(new Mention(articleId, at, end, name, type));
        }
      }
      assertFalse(found.size() == before, () -> "«" + name + "» is not a word in " + articleId);
    }
    return this;
  }

  /** A word starts at {@code at}, or after at most two proclitics that start one. */
  private boolean startsWord(int at) {
    for (int i = at, clitics = 0; ; i--, clitics++) {
      if (i == 0 || !Character.isLetter(text.charAt(i - 1))) return true;
      if (clitics == 2 || PROCLITICS.indexOf(text.charAt(i - 1)) < 0) return false;
    }
  }

  String articleId() {
    return articleId;
  }

  /** The mentions in text order, those inside a longer one left out. */
  List<Mention> mentions() {
    List<Mention> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()));
    List<Mention> out = new ArrayList<>();
    int coveredTo = -1;
    for (Mention m : sorted) {
      if (m.end() <= coveredTo) continue;
      out.add(m);
      coveredTo = Math.max(coveredTo, m.end());
    }
    return out;
  }

  /** Adds this article to {@code resolver}; returns its mentions with the ids they got. */
  Resolved addTo(EntityResolver resolver) {
    List<Mention> ms = mentions();
    return new Resolved(ms, resolver.add(articleId, ms));
  }

  /** An added article's mentions and their entity ids, for lookups by surface. */
  record Resolved(List<Mention> mentions, List<String> ids) {

    /** The id of the {@code k}-th mention (0-based, text order) whose surface is {@code surface}. */
    String id(String surface, int k) {
      int seen = 0;
      for (int i = 0; i < mentions.size(); i++) {
        if (mentions.get(i).surface().equals(surface) && seen++ == k) return ids.get(i);
      }
      throw new IllegalArgumentException("no mention «" + surface + "» #" + k);
    }

    String id(String surface) {
      return id(surface, 0);
    }

    /** The distinct ids of every mention whose surface is {@code surface}. */
    List<String> ids(String surface) {
      List<String> out = new ArrayList<>();
      for (int i = 0; i < mentions.size(); i++) {
        if (mentions.get(i).surface().equals(surface) && !out.contains(ids.get(i))) out.add(ids.get(i));
      }
      return out;
    }
  }
}
