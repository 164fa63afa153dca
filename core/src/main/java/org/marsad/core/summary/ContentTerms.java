package org.marsad.core.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.marsad.core.model.Span;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.normalize.NormalizedTokens;

/**
 * Maps the tokens of a sentence to content-term ids: each token is normalized ({@link MatchNormalizer}),
 * dropped when it is an Arabic stop word, then light-stemmed with Lucene's {@link ArabicStemmer} so that
 * "القصف", "وقصف" and "بالقصف" count as one term. Ids are given in first-seen order, so the same input
 * gives the same ids.
 *
 * <p>Not thread-safe: one instance per summary call (it holds that call's dictionary).
 */
final class ContentTerms {

  /** Lucene's Arabic stop words, normalized the way tokens are, so "الى" and "إلى" are both stopped. */
  private static final Set<String> STOP_WORDS = normalizedStopWords();

  private final MatchNormalizer normalizer;
  private final ArabicStemmer stemmer = new ArabicStemmer();
  private final Map<String, Integer> ids = new HashMap<>();
  private char[] buf = new char[32];

  ContentTerms(MatchNormalizer normalizer) {
    this.normalizer = normalizer;
  }

  int size() {
    return ids.size();
  }

  /** The normalized forms of {@code tokens} of {@code text}, to pass to {@link #termId}. */
  NormalizedTokens normalize(String text, List<Span> tokens) {
    return NormalizedTokens.of(text, tokens, normalizer);
  }

  /** The term id of token {@code i}, or -1 when it is a stop word or normalizes to nothing. */
  int termId(NormalizedTokens tokens, int i) {
    String form = tokens.normalized(i);
    if (form.isEmpty() || STOP_WORDS.contains(form)) return -1;
    int n = form.length();
    if (buf.length < n) buf = new char[n * 2];
    form.getChars(0, n, buf, 0);
    int m = stemmer.stem(buf, n);
    // The stemmer can strip a whole short word ("وه"); keep the normalized form then.
    String term = m >= 2 ? new String(buf, 0, m) : form;
    Integer id = ids.get(term);
    if (id == null) {
      id = ids.size();
      ids.put(term, id);
    }
    return id;
  }

  private static Set<String> normalizedStopWords() {
    MatchNormalizer normalizer = new MatchNormalizer();
    CharArraySet set = ArabicAnalyzer.getDefaultStopSet();
    Set<String> out = new HashSet<>();
    for (Object o : set) {
      String word = o instanceof char[] chars ? new String(chars) : o.toString();
      out.add(normalizer.normalize(word));
    }
    return Set.copyOf(out);
  }
}
