package org.marsad.ner.features;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * The tagger's features for one token, built on the matching normalization so that spelling variants
 * (hamza forms, ta marbuta, alef maqsura) share their evidence: the word, its base without proclitics, its
 * affixes and shape, the words around it, and the word clusters of all of these. Arabic has no capitals,
 * so the context words and the clusters carry most of the signal for unseen names.
 *
 * <p>Not thread-safe: it caches the normalized sentence between calls for the same token array, as
 * OpenNLP asks for every position of one sentence in turn. Each name finder gets its own instance.
 */
final class ArabicFeatureGenerator implements AdaptiveFeatureGenerator {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();
  private static final String BOUNDARY = "<s>";

  private final ClusterSource clusters;
  private String[] cachedFor;
  private String[] norm;
  private String[] base;

  ArabicFeatureGenerator(ClusterSource clusters) {
    this.clusters = clusters;
  }

  @Override
  public void createFeatures(List<String> f, String[] tokens, int index, String[] previousOutcomes) {
    prepare(tokens);
    String w = norm[index];
    String b = base[index];
    f.add("w=" + w);
    f.add("b=" + b);
    if (!b.equals(w)) f.add("pc=" + w.substring(0, w.length() - b.length()));
    String stem = w.substring(Proclitics.afterArticle(w));
    if (!stem.equals(b)) f.add("st=" + stem);
    f.add("sh=" + shape(tokens[index]));
    for (int n = 1; n <= 3; n++) {
      if (b.length() > n) {
        f.add("pre" + n + "=" + b.substring(0, n));
        f.add("suf" + n + "=" + b.substring(b.length() - n));
      }
    }
    for (int d = -2; d <= 2; d++) {
      if (d == 0) continue;
      f.add("w" + d + "=" + word(norm, index + d));
      f.add("b" + d + "=" + word(base, index + d));
    }
    for (int d = -1; d <= 1; d += 2) {
      String n = word(base, index + d);
      if (n.length() > 3) {
        f.add("pre2" + d + "=" + n.substring(0, 2));
        f.add("suf2" + d + "=" + n.substring(n.length() - 2));
      }
    }
    f.add("w-1w=" + word(norm, index - 1) + "|" + w);
    f.add("ww+1=" + w + "|" + word(norm, index + 1));
    for (int d = -1; d <= 1; d++) {
      int j = index + d;
      if (j < 0 || j >= norm.length) continue;
      for (int level = 0; level < clusters.levels(); level++) {
        String c = clusters.cluster(norm[j], level);
        if (c != null) f.add("c" + level + "@" + d + "=" + c);
        if (!base[j].equals(norm[j])) {
          String cb = clusters.cluster(base[j], level);
          if (cb != null) f.add("cb" + level + "@" + d + "=" + cb);
        }
      }
    }
  }

  private void prepare(String[] tokens) {
    if (tokens == cachedFor) return;
    norm = new String[tokens.length];
    base = new String[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      norm[i] = NORMALIZER.normalize(tokens[i]);
      base[i] = norm[i].substring(Proclitics.afterParticles(norm[i]));
    }
    cachedFor = tokens;
  }

  private static String word(String[] words, int i) {
    return i < 0 || i >= words.length ? BOUNDARY : words[i];
  }

  /** Digits, Latin, Arabic or mixed, with a length class: names are seldom one or two letters. */
  static String shape(String token) {
    boolean digit = false, latin = false, arabic = false, other = false;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (Character.isDigit(c)) digit = true;
      else if (c < 0x0250 && Character.isLetter(c)) latin = true;
      else if (c >= 0x0600 && c <= 0x06FF) arabic = true;
      else other = true;
    }
    String kind = digit && !latin && !arabic ? "num" : latin && !arabic ? "lat" : arabic && !digit && !latin ? "ar" : "mix";
    if (other && !digit && !latin && !arabic) kind = "punct";
    int n = token.length();
    return kind + (n <= 2 ? "S" : n <= 5 ? "M" : "L");
  }
}
