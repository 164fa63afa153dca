package org.marsad.core.stories;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.ar.ArabicStemmer;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.normalize.NormalizedTokens;
import org.marsad.core.tokens.Tokenizer;

/**
 * An article's terms for clustering: the tokens of its sentences (boilerplate has no sentences, so it is out)
 * and of its headline, normalized for matching, Arabic-stemmed, stop words out. Headline occurrences count
 * {@code headlineWeight} times. Weights are 1 + ln(count), scaled to unit length so each article adds the
 * same mass to a centroid. Stateless apart from its dictionary; not thread-safe (the dictionary grows).
 */
final class ArticleTerms {

  /** Term ids (ascending), IDF-free unit weights, and which ids look like names. */
  record Vector(int[] ids, double[] weights, int[] nameLike) {}

  private static final Set<String> STOP = normalizedStopWords();

  private final MatchNormalizer normalizer = new MatchNormalizer();
  private final ArabicStemmer stemmer = new ArabicStemmer();
  private final Tokenizer tokenizer = new Tokenizer();
  private final NameProxy names = new NameProxy();
  private final double headlineWeight;

  ArticleTerms(double headlineWeight) {
    this.headlineWeight = headlineWeight;
  }

  Vector of(Article a, TermDictionary dict) {
    Map<Integer, double[]> counts = new HashMap<>();
    Set<Integer> nameLike = new HashSet<>();
    List<Span> sentences = a.spans(SpanKind.SENTENCE);
    List<Span> headlines = a.spans(SpanKind.HEADLINE);
    List<Span> tokens = new ArrayList<>();
    int s = 0;
    for (Span t : a.spans(SpanKind.TOKEN)) {
      while (s < sentences.size() && sentences.get(s).end() <= t.start()) s++;
      if (s < sentences.size() && sentences.get(s).start() <= t.start()) tokens.add(t);
    }
    count(a.text(), tokens, headlines, headlineWeight, dict, counts, nameLike);
    if (headlines.isEmpty() && a.title() != null && !a.title().isBlank()) {
      // A reader's title outside the text is the headline.
      String title = a.title();
      List<Span> tt = tokenizer.tokenize(title, 0, title.length());
      count(title, tt, List.of(new Span(SpanKind.HEADLINE, 0, title.length())), headlineWeight, dict, counts,
          nameLike);
    }
    int[] ids = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] w = new double[ids.length];
    double norm = 0;
    for (int i = 0; i < ids.length; i++) {
      w[i] = 1 + Math.log(counts.get(ids[i])[0]);
      norm += w[i] * w[i];
    }
    norm = Math.sqrt(norm);
    for (int i = 0; i < w.length; i++) w[i] /= norm;
    return new Vector(ids, w, nameLike.stream().mapToInt(Integer::intValue).sorted().toArray());
  }

  private void count(String text, List<Span> tokens, List<Span> headlines, double hw, TermDictionary dict,
      Map<Integer, double[]> counts, Set<Integer> nameLike) {
    NormalizedTokens nt = NormalizedTokens.of(text, tokens, normalizer);
    char[] buf = new char[64];
    for (int i = 0; i < nt.size(); i++) {
      String form = nt.normalized(i);
      if (form.length() < 2 || !Character.isLetterOrDigit(form.charAt(0)) || STOP.contains(form)) continue;
      if (form.length() > buf.length) buf = new char[form.length()];
      form.getChars(0, form.length(), buf, 0);
      int len = stemmer.stem(buf, form.length());
      if (len < 2) continue;
      int id = dict.id(new String(buf, 0, len));
      boolean inHeadline = false;
      for (Span h : headlines) inHeadline |= h.contains(nt.start(i));
      counts.computeIfAbsent(id, k -> new double[1])[0] += inHeadline ? hw : 1.0;
      if (names.isNameLike(text, nt.start(i), nt.end(i))) nameLike.add(id);
    }
  }

  private static Set<String> normalizedStopWords() {
    MatchNormalizer n = new MatchNormalizer();
    Set<String> out = new HashSet<>();
    CharArraySet set = ArabicAnalyzer.getDefaultStopSet();
    for (Object o : set) out.add(n.normalize(new String((char[]) o)));
    return out;
  }

  static int[] distinct(Vector v) {
    return Arrays.copyOf(v.ids(), v.ids().length);
  }
}
