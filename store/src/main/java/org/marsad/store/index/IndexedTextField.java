package org.marsad.store.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;
import org.marsad.store.analysis.BoilerplateFilter;

/**
 * The article text: stored whole, indexed without its boilerplate, with offsets in the postings so the
 * UnifiedHighlighter needs no re-analysis.
 *
 * <p>The token stream is built when IndexWriter asks for it, not before: the analyzer reuses one
 * token stream per thread across fields, so a stream made early would be reset by the title field.
 */
final class IndexedTextField extends Field {

  static final FieldType TYPE = new FieldType();

  static {
    TYPE.setStored(true);
    TYPE.setTokenized(true);
    TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TYPE.freeze();
  }

  private final int[][] boilerplate;

  /** @param boilerplate merged ranges from {@link BoilerplateFilter#boilerplateRanges}, or null */
  IndexedTextField(String name, String text, int[][] boilerplate) {
    super(name, text, TYPE);
    this.boilerplate = boilerplate;
  }

  @Override
  public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
    TokenStream stream = analyzer.tokenStream(name(), stringValue());
    return boilerplate == null ? stream : new BoilerplateFilter(stream, boilerplate[0], boilerplate[1]);
  }
}
