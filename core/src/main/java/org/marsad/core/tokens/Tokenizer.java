package org.marsad.core.tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Splits text into word tokens with Lucene's {@link StandardTokenizer} (Unicode UAX#29 word breaks), keeping
 * offsets into the original text. Punctuation never becomes a token.
 *
 * <p>Thread-safe: the tokenizer lives inside an {@link Analyzer}, whose default reuse strategy keeps one
 * tokenizer per thread.
 */
public final class Tokenizer {

  private static final String FIELD = "text";

  private final Analyzer analyzer =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
          return new TokenStreamComponents(new StandardTokenizer());
        }
      };

  /** The tokens of {@code text[from, to)}, as TOKEN spans with offsets into {@code text}. */
  public List<Span> tokenize(String text, int from, int to) {
    List<Span> out = new ArrayList<>();
    tokenize(text, from, to, out);
    return out;
  }

  /** Same as {@link #tokenize(String, int, int)}, appending to {@code out} to spare a list per call. */
  public void tokenize(String text, int from, int to, List<Span> out) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("[" + from + "," + to + ") in text of " + text.length());
    }
    if (from == to) return;
    try (TokenStream ts = analyzer.tokenStream(FIELD, new RegionReader(text, from, to))) {
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(new Span(SpanKind.TOKEN, from + offset.startOffset(), from + offset.endOffset()));
      }
      ts.end();
    } catch (IOException e) {
      // RegionReader reads from memory and never throws; keep the contract unchecked.
      throw new UncheckedIOException(e);
    }
  }
}
