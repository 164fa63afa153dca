package org.marsad.store.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;

/**
 * Turns what a user typed into a query over title and text: every word is required (in either
 * field), "quoted words" are a phrase, the title counts double. Built on SimpleQueryParser, which
 * never throws on malformed input; only the phrase operator is enabled, so the other Lucene syntax
 * characters (+ - | * ( ) ~ \) are plain text that the analyzer drops.
 *
 * <p>Thread-safe: a parser is made per call (it is cheap and SimpleQueryParser is not thread-safe).
 */
public final class UserQueryParser {

  /** Words beyond this are ignored, to keep every query under Lucene's boolean clause limit. */
  static final int MAX_WORDS = 200;

  private final Analyzer analyzer;
  private final Map<String, Float> weights;

  public UserQueryParser(Analyzer analyzer, Map<String, Float> weights) {
    this.analyzer = analyzer;
    this.weights = Map.copyOf(weights);
  }

  /** The query, or null when the input has no searchable word (empty, only stop words, only symbols). */
  public Query parse(String input) {
    if (input == null || input.isBlank()) return null;
    SimpleQueryParser parser =
        new SimpleQueryParser(analyzer, weights, SimpleQueryParser.PHRASE_OPERATOR);
    parser.setDefaultOperator(BooleanClause.Occur.MUST);
    return parser.parse(firstWords(input.strip(), MAX_WORDS));
  }

  private static String firstWords(String input, int max) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < input.length(); i++) {
      boolean space = Character.isWhitespace(input.charAt(i));
      if (!space && !inWord && ++words > max) return input.substring(0, i);
      inWord = !space;
    }
    return input;
  }
}
