package org.marsad.core.entities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A generated corpus with a known answer, for checking the resolver at scale. Names are made of random
 * five-consonant words (no ا و ي, so no word is a vowel variant of another; no ل, so none looks like a
 * «ل» residue). Persons share given and family names, never both: two persons never agree in two words,
 * so no transliteration match applies and every person is exactly one entity.
 *
 * <p>Each article names about 20 things: four persons, each in full and then 0–2 times by family name
 * alone (the nearest person of that family named before is meant), six places and four organisations.
 * Popular names come up far more often than rare ones, as in news.
 */
final class SyntheticCorpus {

  private static final String LETTERS = "بتثجحخدذرزسشصضطظعغفقكمنه";

  /** A generated mention with the thing it truly names (index into persons, places or orgs). */
  record Truth(Mention mention, char kind, int thing) {}

  final List<String> persons = new ArrayList<>();
  final List<String> families = new ArrayList<>();
  final List<String> places = new ArrayList<>();
  final List<String> orgs = new ArrayList<>();
  private final List<Integer> familyOf = new ArrayList<>();
  private final Random random;
  private final Set<String> used = new HashSet<>();

  SyntheticCorpus(long seed, int personCount) {
    random = new Random(seed);
    List<String> given = words(personCount / 10 + 1);
    List<String> family = words(personCount / 3 + 1);
    families.addAll(family);
    Set<Long> pairs = new HashSet<>();
    while (persons.size() < personCount) {
      int g = random.nextInt(given.size());
      int f = random.nextInt(family.size());
      if (!pairs.add((long) g << 32 | f)) continue;
      // A few persons have a middle name, so that three-word names are indexed too.
      String middle = random.nextInt(5) == 0 ? word() + " " : "";
      persons.add(given.get(g) + " " + middle + family.get(f));
      familyOf.add(f);
    }
    for (int i = 0; i < personCount / 4; i++) places.add(word());
    for (int i = 0; i < personCount / 6; i++) orgs.add(word() + " " + word());
  }

  /** Article {@code id}'s mentions, in text order, with what each truly names. */
  List<Truth> article(String id) {
    List<Truth> out = new ArrayList<>();
    int[] at = {0};
    List<Integer> named = new ArrayList<>();
    for (int k = 0; k < 4; k++) {
      int p = popular(persons.size());
      named.add(p);
      out.add(truth(id, at, persons.get(p), EntityType.PER, 'P', p));
    }
    for (int bearer : List.copyOf(named)) {
      for (int k = random.nextInt(3); k > 0; k--) {
        // A family name alone, after all full names: it means the last one of that family named.
        int meant = bearer;
        for (int p : named) if (familyOf.get(p).equals(familyOf.get(bearer))) meant = p;
        out.add(truth(id, at, families.get(familyOf.get(bearer)), EntityType.PER, 'P', meant));
      }
    }
    for (int k = 0; k < 6; k++) {
      int l = popular(places.size());
      out.add(truth(id, at, places.get(l), EntityType.LOC, 'L', l));
    }
    for (int k = 0; k < 4; k++) {
      int o = popular(orgs.size());
      out.add(truth(id, at, orgs.get(o), EntityType.ORG, 'O', o));
    }
    return out;
  }

  private static Truth truth(String id, int[] at, String surface, EntityType type, char kind, int thing) {
    Mention m = new Mention(id, at[0], at[0] + surface.length(), surface, type);
    at[0] += surface.length() + 1;
    return new Truth(m, kind, thing);
  }

  /** An index skewed towards small values: about a fifth of the picks fall in the first 1%. */
  private int popular(int n) {
    double u = random.nextDouble();
    return Math.min(n - 1, (int) (n * u * u * u));
  }

  private List<String> words(int n) {
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) out.add(word());
    return out;
  }

  private String word() {
    while (true) {
      StringBuilder sb = new StringBuilder(5);
      for (int i = 0; i < 5; i++) sb.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
      if (used.add(sb.toString())) return sb.toString();
    }
  }
}
