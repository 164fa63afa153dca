package org.marsad.store.index;

import static org.marsad.store.index.StoreFields.*;

import java.util.Collection;
import java.util.List;
import java.util.OptionalLong;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.marsad.core.model.Article;
import org.marsad.core.model.PublishedFrom;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.store.analysis.BoilerplateFilter;
import org.marsad.store.codec.SignatureCodec;
import org.marsad.store.codec.SpanCodec;
import org.marsad.store.codec.StringListCodec;

/** Maps an Article to its Lucene document and back. Stateless and thread-safe. */
public final class ArticleDocuments {

  private static final SpanKind[] KINDS = SpanKind.values();

  private ArticleDocuments() {}

  /**
   * @param seq insertion order, kept across updates
   * @param signature already encoded by {@link SignatureCodec}
   * @param lineKeys opaque keys; each becomes an indexed term
   */
  public static Document toDocument(
      Article a, long seq, byte[] signature, Collection<String> lineKeys) {
    Document doc = new Document();
    doc.add(new StringField(ID, a.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(a.id())));
    // Doc values only: read to rebuild containsSource at open, never searched as a term.
    doc.add(new SortedDocValuesField(SOURCE_KEY, new BytesRef(sourceKey(a.outlet(), a.sourceId()))));
    storeIfPresent(doc, SOURCE_ID, a.sourceId());
    storeIfPresent(doc, OUTLET, a.outlet());
    sortedIfPresent(doc, OUTLET, a.outlet());
    storeIfPresent(doc, URL, a.url());
    if (a.title() != null) doc.add(new TextField(TITLE, a.title(), Field.Store.YES));
    storeIfPresent(doc, PUBLISHED, a.published());
    OptionalLong when = PublishedOrder.epochMillis(a.published());
    if (when.isPresent()) doc.add(new NumericDocValuesField(PUBLISHED_ORDER, when.getAsLong()));
    doc.add(new StoredField(PUBLISHED_FROM, a.publishedFrom().label()));
    storeIfPresent(doc, LANGUAGE, a.language());
    sortedIfPresent(doc, LANGUAGE, a.language());
    storeIfPresent(doc, FORMAT, a.format());
    sortedIfPresent(doc, FORMAT, a.format());
    storeIfPresent(doc, ORIGIN, a.origin());
    if (a.duplicateOf() != null) {
      doc.add(new StringField(DUPLICATE_OF, a.duplicateOf(), Field.Store.YES));
      doc.add(new SortedDocValuesField(DUPLICATE_OF, new BytesRef(a.duplicateOf())));
    }
    doc.add(new IndexedTextField(TEXT, a.text(), BoilerplateFilter.boilerplateRanges(a.spans())));
    doc.add(new StoredField(SPANS, SpanCodec.encode(a.spans())));
    addSpanCounts(doc, a.spans());
    if (signature != null) doc.add(new BinaryDocValuesField(SIGNATURE, new BytesRef(signature)));
    for (String key : lineKeys) doc.add(new StringField(LINE_KEY, key, Field.Store.NO));
    doc.add(new StoredField(LINE_KEYS_STORED, StringListCodec.encode(lineKeys)));
    doc.add(new NumericDocValuesField(SEQ, seq));
    return doc;
  }

  /** Rebuilds the article from a document read with all stored fields. */
  public static Article fromStored(Document doc) {
    BytesRef spans = doc.getBinaryValue(SPANS);
    List<Span> spanList = SpanCodec.decode(spans.bytes, spans.offset, spans.length);
    String publishedFrom = doc.get(PUBLISHED_FROM);
    return new Article(
        doc.get(ID),
        doc.get(SOURCE_ID),
        doc.get(OUTLET),
        doc.get(URL),
        doc.get(TITLE),
        doc.get(PUBLISHED),
        publishedFrom == null ? PublishedFrom.UNKNOWN : PublishedFrom.valueOf(publishedFrom.toUpperCase(java.util.Locale.ROOT)),
        doc.get(LANGUAGE),
        doc.get(TEXT),
        spanList,
        doc.get(DUPLICATE_OF),
        doc.get(ORIGIN),
        doc.get(FORMAT));
  }

  public static List<String> lineKeys(Document doc) {
    BytesRef bytes = doc.getBinaryValue(LINE_KEYS_STORED);
    return bytes == null ? List.of() : StringListCodec.decode(bytes.bytes, bytes.offset, bytes.length);
  }

  private static void addSpanCounts(Document doc, List<Span> spans) {
    int[] counts = new int[KINDS.length];
    for (Span s : spans) counts[s.kind().ordinal()]++;
    for (int k = 0; k < counts.length; k++) {
      if (counts[k] > 0) doc.add(new NumericDocValuesField(spanCount(KINDS[k]), counts[k]));
    }
  }

  private static void storeIfPresent(Document doc, String field, String value) {
    if (value != null) doc.add(new StoredField(field, value));
  }

  private static void sortedIfPresent(Document doc, String field, String value) {
    if (value != null) doc.add(new SortedDocValuesField(field, new BytesRef(value)));
  }
}
