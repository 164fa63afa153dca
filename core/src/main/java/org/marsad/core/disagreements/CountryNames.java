package org.marsad.core.disagreements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.marsad.core.normalize.MatchNormalizer;

/**
 * The countries a list names, whatever the spelling or the capital standing for it: «أميركا» and
 * «الولاياتالمتحدة» are one country, so two outlets listing them do not disagree. Data in
 * {@code country-names.tsv}; a name it lacks is its own key in matching form. Immutable and thread-safe.
 */
final class CountryNames {

  private static final MatchNormalizer NORMALIZER = new MatchNormalizer();
  private static final Map<String, String> KEYS = load();

  private CountryNames() {}

  /** The country key of a name as written, or the name in matching form (spaces dropped) when unknown. */
  static String key(String name) {
    String folded = fold(name);
    return KEYS.getOrDefault(folded, folded);
  }

  /** Whether the name (any spelling in the data) is a known country, capital or union. */
  static boolean isKnown(String name) {
    return KEYS.containsKey(fold(name));
  }

  private static String fold(String name) {
    StringBuilder sb = new StringBuilder();
    for (String w : name.strip().split("\\s+")) sb.append(NORMALIZER.normalize(w));
    return sb.toString();
  }

  private static Map<String, String> load() {
    Map<String, String> keys = new HashMap<>();
    try (InputStream in = CountryNames.class.getResourceAsStream("country-names.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        if (line.isBlank() || line.startsWith("#")) continue;
        String[] cols = line.split("\t");
        for (int i = 1; i < cols.length; i++) keys.put(fold(cols[i]), cols[0]);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(keys);
  }
}
