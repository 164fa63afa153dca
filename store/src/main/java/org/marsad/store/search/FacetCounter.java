package org.marsad.store.search;

import static org.marsad.store.index.StoreFields.ID;
import static org.marsad.store.index.StoreFields.OUTLET;
import static org.marsad.store.index.StoreFields.PUBLISHED_ORDER;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;

/** Counts a query's matches by outlet and day from doc values (no stored fields read), and lists their ids. */
final class FacetCounter extends SimpleCollector {

  static final long DAY_MILLIS = 86_400_000L;

  private final int maxIds;
  private final Map<String, Long> outlets = new HashMap<>();
  private final Map<Long, Long> epochDays = new HashMap<>();
  private final List<String> ids = new ArrayList<>();
  private long unknownDays;
  private SortedDocValues outlet;
  private NumericDocValues published;
  private SortedDocValues id;
  private long[] perOutletOrd;

  private FacetCounter(int maxIds) {
    this.maxIds = maxIds;
  }

  static SearchFacets count(IndexSearcher searcher, Query query, int maxIds) throws IOException {
    FacetCounter counter = new FacetCounter(maxIds);
    searcher.search(query, counter);
    counter.flushOutlets();
    Map<String, Long> days = new TreeMap<>();
    counter.epochDays.forEach((day, n) -> days.put(LocalDate.ofEpochDay(day).toString(), n));
    return new SearchFacets(new TreeMap<>(counter.outlets), days, counter.unknownDays, List.copyOf(counter.ids));
  }

  @Override
  protected void doSetNextReader(LeafReaderContext context) throws IOException {
    flushOutlets();
    outlet = DocValues.getSorted(context.reader(), OUTLET);
    published = DocValues.getNumeric(context.reader(), PUBLISHED_ORDER);
    id = DocValues.getSorted(context.reader(), ID);
    perOutletOrd = new long[outlet.getValueCount()];
  }

  @Override
  public void collect(int doc) throws IOException {
    if (outlet.advanceExact(doc)) perOutletOrd[outlet.ordValue()]++;
    if (published.advanceExact(doc)) epochDays.merge(Math.floorDiv(published.longValue(), DAY_MILLIS), 1L, Long::sum);
    else unknownDays++;
    if (ids.size() < maxIds && id.advanceExact(doc)) ids.add(id.lookupOrd(id.ordValue()).utf8ToString());
  }

  /** Outlet counts are kept by ordinal within a segment, and named once per segment. */
  private void flushOutlets() throws IOException {
    if (perOutletOrd == null) return;
    for (int ord = 0; ord < perOutletOrd.length; ord++) {
      if (perOutletOrd[ord] > 0) outlets.merge(outlet.lookupOrd(ord).utf8ToString(), perOutletOrd[ord], Long::sum);
    }
    perOutletOrd = null;
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }
}
