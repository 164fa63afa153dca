package org.marsad.store.codec;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

class SpanCodecTest {

  private static Article withSpans(String text, List<Span> spans) {
    return new Article("x", null, null, null, null, null, null, "ar", text, spans, null, "t", "text");
  }

  @Test
  void everyKindAndNoteRoundTripsExactly() {
    String text = "حلب تحت القصف. اقرأ أيضا: خبر آخر\nسطر ثان";
    List<Span> spans = new ArrayList<>();
    spans.add(new Span(SpanKind.HEADLINE, 0, 13));
    spans.add(new Span(SpanKind.PARAGRAPH, 0, 33));
    spans.add(new Span(SpanKind.SENTENCE, 0, 14));
    spans.add(new Span(SpanKind.TOKEN, 0, 3));
    spans.add(new Span(SpanKind.TOKEN, 4, 7));
    spans.add(new Span(SpanKind.TOKEN, 8, 13, "stem:قصف"));
    spans.add(new Span(SpanKind.BOILERPLATE, 15, 33, "read-also"));
    spans.add(new Span(SpanKind.BOILERPLATE, 15, 33, "share")); // same range, another note
    spans.add(new Span(SpanKind.BOILERPLATE, 34, 41, "read-also")); // note shared by reference
    spans.add(new Span(SpanKind.TOKEN, 41, 41)); // empty span at the very end
    Article a = withSpans(text, spans);

    List<Span> decoded = SpanCodec.decode(SpanCodec.encode(a.spans()));
    assertEquals(a.spans(), withSpans(text, decoded).spans());
  }

  @Test
  void emptyListRoundTrips() {
    assertEquals(List.of(), SpanCodec.decode(SpanCodec.encode(List.of())));
  }

  @Test
  void unsortedSpansStillRoundTripPerKind() {
    List<Span> spans = List.of(new Span(SpanKind.TOKEN, 50, 60), new Span(SpanKind.TOKEN, 3, 9));
    assertEquals(spans, SpanCodec.decode(SpanCodec.encode(spans)));
  }

  @Test
  void tokenSpansCostAboutTwoBytesEach() {
    // 10,000 tokens of 5 chars separated by one space: start delta 6 and length 5 are one byte each.
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) spans.add(new Span(SpanKind.TOKEN, i * 6, i * 6 + 5));
    byte[] bytes = SpanCodec.encode(spans);
    assertTrue(bytes.length <= 2 * 10_000 + 16, "encoded size " + bytes.length);
    assertEquals(spans, SpanCodec.decode(bytes));
  }

  @Test
  void largeOffsetsRoundTrip() {
    List<Span> spans = List.of(
        new Span(SpanKind.SENTENCE, 0, 2_000_000),
        new Span(SpanKind.TOKEN, 1_999_990, 2_000_000));
    assertEquals(spans, SpanCodec.decode(SpanCodec.encode(spans)));
  }

  @Test
  void signaturesRoundTripInBothWidths() {
    long[] small = {0L, 1L, 0xFFFF_FFFFL, 123_456_789L};
    byte[] packed = SignatureCodec.encode(small);
    assertEquals(1 + 4 * small.length, packed.length); // fits 32 unsigned bits: four bytes each
    assertArrayEquals(small, SignatureCodec.decode(packed));

    long[] wide = {Long.MIN_VALUE, -1L, Long.MAX_VALUE, 0x1_0000_0000L};
    packed = SignatureCodec.encode(wide);
    assertEquals(1 + 8 * wide.length, packed.length);
    assertArrayEquals(wide, SignatureCodec.decode(packed));
  }

  @Test
  void stringListsRoundTripAnyCharacter() {
    List<String> keys = List.of("", "a\u001Fb", "سطر متكرر", "\n\t");
    byte[] packed = StringListCodec.encode(keys);
    assertEquals(keys, StringListCodec.decode(packed, 0, packed.length));
  }
}
