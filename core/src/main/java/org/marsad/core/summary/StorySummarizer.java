package org.marsad.core.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.normalize.NormalizedTokens;

/**
 * Extractive summary of a story (one or more articles) in which every sentence cites its article and its
 * offsets in that article's original text.
 *
 * <p>Candidates are the articles' body sentences ({@link BodySentences}: no boilerplate) of
 * {@value #MIN_WORDS} to {@value #MAX_WORDS} words: shorter ones are sub-headings and fragments, longer
 * ones are run-on paragraphs that would eat the word budget. A headline is left out when it is a short
 * label ("اجتماع باريس يجدد دعمه للمعارضة السورية"), but one of {@value #STATEMENT_HEADLINE_WORDS} words or
 * more reads as a statement and is a candidate (in position 0): in plain text the analyzer's headline is a
 * guess, and a long first line is most often the article's lead sentence itself, the sentence human
 * summarisers pick most (on EASC leaving it out cost Marsad most of its gap to Lead-N). Unless it stands apart
 * from the text ({@link BodySentences#standsApart}: a blank line, then a paragraph that opens a sentence of
 * its own): then it is not the lead but a title or a photo caption over the lead, as seed 003's first line
 * «حي القاطرجي في حلب الذي تسيطر عليه المعارضة بعد غارة جوية» is. Each candidate scores
 * <pre>
 *   centrality * (1 + POSITION_WEIGHT / (1 + position)) * (1 + SUPPORT_WEIGHT * support / (1 + support))
 * </pre>
 * where centrality is the cosine of its TF-IDF vector (normalized, stop-worded, light-stemmed terms:
 * {@link ContentTerms}) to the story's centroid, position is its rank among its article's body sentences
 * (news puts the gist first: with POSITION_WEIGHT 20 the first sentences come in text order unless one is
 * far off the story's centroid, and centrality mostly chooses among the later ones; tuned on EASC topics
 * 1-5, where weights of 3 to 10 lost to Lead-N and 20 to 100 scored alike), and support is the number of other articles that carry a near-identical
 * sentence (token-set Jaccard at least {@value #NEAR_IDENTICAL}): wire copy reported by several outlets.
 * An article and its marked near-duplicate ({@link Article#duplicateOf()}) are one piece, not two
 * reports, so they never support each other.
 *
 * <p>Selection is greedy by score. A candidate near-identical to one already picked is skipped, so the
 * shared paragraphs of several outlets appear once, and so is one that would take the summary past
 * {@code maxWords}; selection stops at {@code maxSentences}. The picked sentences are returned in
 * reading order: articles by publication date ({@link StoryOrder}), then position in the article.
 * Ties in score break by that same order, so the output is deterministic.
 *
 * <p>Cost: linear in the story's tokens, plus a pairwise near-copy check between sentences of different
 * articles that a size bound cuts short for most pairs.
 *
 * <p>Thread-safe: immutable; every call builds its own term dictionary.
 */
public final class StorySummarizer {

  static final int MIN_WORDS = 5;
  static final int MAX_WORDS = 80;
  /** A headline this long reads as a statement (often the lead sentence a plain-text guess took for a title). */
  static final int STATEMENT_HEADLINE_WORDS = 8;
  static final double NEAR_IDENTICAL = 0.5;
  static final double POSITION_WEIGHT = 20.0;
  static final double SUPPORT_WEIGHT = 0.5;

  private static final Comparator<Candidate> READING_ORDER =
      Comparator.<Candidate>comparingInt(c -> c.article).thenComparingInt(c -> c.start);
  private static final Comparator<Candidate> BEST_FIRST =
      Comparator.<Candidate>comparingDouble(c -> -c.score).thenComparing(READING_ORDER);

  private final SummaryOptions options;
  private final MatchNormalizer normalizer = new MatchNormalizer();

  public StorySummarizer(SummaryOptions options) {
    this.options = options;
  }

  public SummaryOptions options() {
    return options;
  }

  /** The summary of one article: the same as {@code summarize(List.of(article))}. */
  public List<SummarySentence> summarize(Article article) {
    return summarize(List.of(article));
  }

  /** The summary of a story's articles, in reading order; empty when no article has a body sentence. */
  public List<SummarySentence> summarize(List<Article> articles) {
    return summarize(articles, CopiedText.NONE);
  }

  /**
   * As {@link #summarize(List)}, and never two sentences that {@code copied} says copy one passage (the
   * text reuse found between the articles).
   */
  public List<SummarySentence> summarize(List<Article> articles, CopiedText copied) {
    List<Article> ordered = StoryOrder.of(articles);
    List<Candidate> picked = select(scoredCandidates(ordered), ordered, copied);
    picked.sort(READING_ORDER);
    List<SummarySentence> out = new ArrayList<>(picked.size());
    for (Candidate c : picked) {
      Article a = ordered.get(c.article);
      out.add(new SummarySentence(a.id(), c.start, c.end, a.text().substring(c.start, c.end)));
    }
    return out;
  }

  /** Every candidate of the articles (already in {@link StoryOrder}) with its score; visible for tests. */
  List<Candidate> scoredCandidates(List<Article> ordered) {
    ContentTerms terms = new ContentTerms(normalizer);
    List<Candidate> candidates = candidates(ordered, terms, MIN_WORDS, MAX_WORDS);
    // A story made only of short or long sentences still gets a summary, from whatever it has.
    if (candidates.isEmpty()) candidates = candidates(ordered, terms, 1, Integer.MAX_VALUE);
    if (candidates.isEmpty()) return candidates;

    TermVectors.weigh(candidates, terms.size());
    double[] centroid = TermVectors.centroid(candidates, terms.size());
    double centroidNorm = TermVectors.norm(centroid);
    countSupport(candidates, ordered);
    for (Candidate c : candidates) {
      double centrality = TermVectors.cosine(c, centroid, centroidNorm);
      double early = 1 + POSITION_WEIGHT / (1 + c.position);
      double reported = 1 + SUPPORT_WEIGHT * c.support / (1.0 + c.support);
      c.score = centrality * early * reported;
    }
    return candidates;
  }

  private List<Candidate> select(List<Candidate> candidates, List<Article> ordered, CopiedText copied) {
    List<Candidate> ranked = new ArrayList<>(candidates);
    ranked.sort(BEST_FIRST);
    List<Candidate> picked = new ArrayList<>();
    int words = 0;
    for (Candidate c : ranked) {
      if (picked.size() == options.maxSentences()) break;
      if (nearCopyOfAny(c, picked) || copiedFromAny(c, picked, ordered, copied)) continue;
      // A sentence too long for what is left of the budget is passed over: a shorter, lower-ranked one
      // may still fit (on EASC this raises ROUGE-2 recall from 0.438 to 0.457 at the same budget).
      if (words + c.words > options.maxWords()) continue;
      picked.add(c);
      words += c.words;
    }
    return picked;
  }

  private static boolean nearCopyOfAny(Candidate c, List<Candidate> picked) {
    for (Candidate p : picked) {
      if (nearCopies(c, p)) return true;
    }
    return false;
  }

  private static boolean copiedFromAny(Candidate c, List<Candidate> picked, List<Article> ordered,
      CopiedText copied) {
    for (Candidate p : picked) {
      if (p.article != c.article
          && copied.copies(ordered.get(p.article).id(), p.start, p.end, ordered.get(c.article).id(), c.start, c.end)) {
        return true;
      }
    }
    return false;
  }

  static boolean nearCopies(Candidate a, Candidate b) {
    return TermVectors.sizesAllow(a, b, NEAR_IDENTICAL) && TermVectors.jaccard(a, b) >= NEAR_IDENTICAL;
  }

  /**
   * Sets each candidate's support: how many other, independent articles hold a near-copy of it.
   *
   * <p>Comparing every pair of sentences is quadratic, and a story of 200 articles has thousands of
   * sentences. Prefix filtering (Chaudhuri et al. 2006) finds the same pairs exactly: order each sentence's
   * terms rarest first; two sets with Jaccard at least t share a term among the first
   * {@code |s| - ceil(t * |s|) + 1} terms of each, so only sentences sharing such a prefix term are compared.
   */
  private static void countSupport(List<Candidate> candidates, List<Article> ordered) {
    int[] piece = pieces(ordered);
    int n = candidates.size();
    int maxTerm = 0;
    for (Candidate c : candidates) for (int t : c.terms) maxTerm = Math.max(maxTerm, t);
    int[] df = new int[maxTerm + 1];
    for (Candidate c : candidates) for (int t : c.terms) df[t]++;
    Map<Integer, List<Integer>> byPrefixTerm = new HashMap<>();
    int[] lastProbe = new int[n];
    Arrays.fill(lastProbe, -1);
    BitSet[] seen = new BitSet[n];
    for (int i = 0; i < n; i++) {
      Candidate a = candidates.get(i);
      for (int t : prefix(a.terms, df)) {
        List<Integer> earlier = byPrefixTerm.computeIfAbsent(t, k -> new ArrayList<>(2));
        for (int j : earlier) {
          if (lastProbe[j] == i) continue; // already compared through another prefix term
          lastProbe[j] = i;
          Candidate b = candidates.get(j);
          if (piece[a.article] == piece[b.article] || !nearCopies(a, b)) continue;
          if (seen[i] == null) seen[i] = new BitSet();
          if (seen[j] == null) seen[j] = new BitSet();
          seen[i].set(piece[b.article]);
          seen[j].set(piece[a.article]);
        }
        earlier.add(i);
      }
    }
    for (int i = 0; i < n; i++) candidates.get(i).support = seen[i] == null ? 0 : seen[i].cardinality();
  }

  /** The rarest terms of a sentence that any near-copy must share at least one of (see countSupport). */
  private static int[] prefix(int[] terms, int[] df) {
    Integer[] byRarity = new Integer[terms.length];
    for (int k = 0; k < terms.length; k++) byRarity[k] = terms[k];
    Arrays.sort(byRarity, (x, y) -> df[x] != df[y] ? Integer.compare(df[x], df[y]) : Integer.compare(x, y));
    int length = terms.length - (int) Math.ceil(NEAR_IDENTICAL * terms.length) + 1;
    int[] out = new int[Math.min(Math.max(length, 0), terms.length)];
    for (int k = 0; k < out.length; k++) out[k] = byRarity[k];
    return out;
  }

  /** For each article, the index of the first article in the story that is the same piece (itself if none). */
  private static int[] pieces(List<Article> ordered) {
    int[] piece = new int[ordered.size()];
    for (int i = 0; i < piece.length; i++) {
      piece[i] = i;
      Article a = ordered.get(i);
      for (int j = 0; j < i; j++) {
        Article b = ordered.get(j);
        if (samePiece(a, b)) {
          piece[i] = piece[j];
          break;
        }
      }
    }
    return piece;
  }

  private static boolean samePiece(Article a, Article b) {
    String ra = a.duplicateOf() == null ? a.id() : a.duplicateOf();
    String rb = b.duplicateOf() == null ? b.id() : b.duplicateOf();
    return ra.equals(rb);
  }

  private static List<Candidate> candidates(List<Article> ordered, ContentTerms terms, int minWords, int maxWords) {
    List<Candidate> out = new ArrayList<>();
    int[] ids = new int[64];
    for (int a = 0; a < ordered.size(); a++) {
      Article article = ordered.get(a);
      List<Span> sentences = article.spans(SpanKind.SENTENCE);
      List<Span> headlines = article.spans(SpanKind.HEADLINE);
      List<Span> tokens = article.spans(SpanKind.TOKEN);
      NormalizedTokens normalized = terms.normalize(article.text(), tokens);
      int t = 0;
      int labels = 0; // headlines left out before p, so that the first body sentence keeps position 0
      for (int p = 0; p < sentences.size(); p++) {
        Span s = sentences.get(p);
        while (t < tokens.size() && tokens.get(t).start() < s.start()) t++;
        int words = 0;
        int n = 0;
        for (; t < tokens.size() && tokens.get(t).end() <= s.end(); t++) {
          words++;
          if (words > maxWords) continue;
          int id = terms.termId(normalized, t);
          if (id < 0) continue;
          if (n == ids.length) ids = Arrays.copyOf(ids, n * 2);
          ids[n++] = id;
        }
        if (BodySentences.isHeadline(s, headlines) && (words < STATEMENT_HEADLINE_WORDS
            || BodySentences.standsApart(article.text(), sentences, p))) {
          labels++;
          continue;
        }
        if (words < minWords || words > maxWords || n == 0) continue;
        int[][] tc = TermVectors.countTerms(ids, n);
        out.add(new Candidate(a, p - labels, s.start(), s.end(), words, tc[0], tc[1]));
      }
    }
    return out;
  }
}
