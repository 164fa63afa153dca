package org.marsad.eval.summaries;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.marsad.core.model.Article;
import org.marsad.eval.metrics.Rouge;
import org.marsad.eval.metrics.RougeText;

/**
 * The greedy extractive oracle: it sees the references. Starting empty, it repeatedly adds the article
 * sentence that raises ROUGE-2 F1 against the references most, among those that still fit the word budget,
 * and stops when no sentence fits or none raises the score. The chosen sentences come back in article order.
 * If no sentence fits at all, the single best one is taken (as Lead keeps its first sentence). Greedy, so an
 * upper bound in practice, not a proven optimum. Thread-safe (immutable).
 */
public final class OracleSummarizer {

  private final List<RougeText> references;

  public OracleSummarizer(List<RougeText> references) {
    if (references.isEmpty()) throw new IllegalArgumentException("the oracle needs references");
    this.references = List.copyOf(references);
  }

  public List<String> summarize(Article a, int wordBudget) {
    SentenceBudget s = new SentenceBudget(a);
    // Over budget only while nothing fits: then the first pick may be any sentence, and it is the last.
    boolean anyFits = !noneFits(s, wordBudget);
    TreeSet<Integer> chosen = new TreeSet<>();
    double score = 0;
    int used = 0;
    while (true) {
      int best = -1;
      double bestScore = score;
      for (int i = 0; i < s.size(); i++) {
        if (chosen.contains(i)) continue;
        if (anyFits && used + s.words(i) > wordBudget) continue;
        chosen.add(i);
        double f = Rouge.n(2, candidate(s, chosen), references).f1();
        chosen.remove(i);
        if (f > bestScore) {
          bestScore = f;
          best = i;
        }
      }
      if (best < 0) break;
      chosen.add(best);
      used += s.words(best);
      score = bestScore;
      if (!anyFits) break;
    }
    List<String> out = new ArrayList<>();
    for (int i : chosen) out.add(s.texts.get(i));
    return out;
  }

  private static boolean noneFits(SentenceBudget s, int budget) {
    for (int i = 0; i < s.size(); i++) if (s.words(i) <= budget) return false;
    return true;
  }

  private static RougeText candidate(SentenceBudget s, TreeSet<Integer> chosen) {
    List<List<String>> sentences = new ArrayList<>();
    for (int i : chosen) sentences.add(s.tokens.get(i).tokens());
    return RougeText.ofTokens(sentences);
  }
}
