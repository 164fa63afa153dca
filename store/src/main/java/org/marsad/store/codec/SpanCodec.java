package org.marsad.store.codec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.store.ByteArrayDataInput;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Packs an article's spans into a few bytes each, for a binary stored field.
 *
 * <p>Layout (version 1): {@code version, noteCount, note*, groupCount, group*}; a group is all spans
 * of one kind in list order: {@code kindOrdinal, spanCount, hasNotes, (startDelta, length[, noteRef])*}.
 * Grouping by kind drops the per-span kind byte, and within a kind consecutive starts are close, so a
 * token span usually costs two bytes (start delta and length, as variable-length ints). Notes are few
 * distinct strings («read-also»), stored once and referenced by index (0 = no note).
 *
 * <p>Decoding returns the spans grouped by kind; {@link org.marsad.core.model.Article} sorts its spans,
 * and that sort is total over (start, end, kind) and stable, so an article round-trips exactly.
 *
 * <p>Stateless and thread-safe.
 */
public final class SpanCodec {

  private static final byte VERSION = 1;
  private static final SpanKind[] KINDS = SpanKind.values();

  private SpanCodec() {}

  public static byte[] encode(List<Span> spans) {
    int kinds = KINDS.length;
    int n = spans.size();
    // One pass to bucket span indexes by kind (the list stays in order within each kind).
    int[] countByKind = new int[kinds];
    int[] kindOf = new int[n];
    boolean[] notesByKind = new boolean[kinds];
    Map<String, Integer> noteRefs = null;
    List<String> notes = List.of();
    for (int i = 0; i < n; i++) {
      Span s = spans.get(i);
      int k = s.kind().ordinal();
      kindOf[i] = k;
      countByKind[k]++;
      if (s.note() != null) {
        if (noteRefs == null) {
          noteRefs = new HashMap<>();
          notes = new ArrayList<>();
        }
        notesByKind[k] = true;
        if (noteRefs.putIfAbsent(s.note(), notes.size() + 1) == null) notes.add(s.note());
      }
    }
    int[] firstOfKind = new int[kinds + 1];
    for (int k = 0; k < kinds; k++) firstOfKind[k + 1] = firstOfKind[k] + countByKind[k];
    int[] byKind = new int[n];
    int[] fill = Arrays.copyOf(firstOfKind, kinds);
    for (int i = 0; i < n; i++) byKind[fill[kindOf[i]]++] = i;

    VarIntWriter out = new VarIntWriter(16 + n * 3);
    out.writeByte(VERSION);
    out.writeVInt(notes.size());
    for (String note : notes) out.writeString(note);
    int groups = 0;
    for (int c : countByKind) if (c > 0) groups++;
    out.writeVInt(groups);
    for (int k = 0; k < kinds; k++) {
      if (countByKind[k] == 0) continue;
      out.writeByte(k);
      out.writeVInt(countByKind[k]);
      out.writeByte(notesByKind[k] ? 1 : 0);
      int previousStart = 0;
      for (int j = firstOfKind[k]; j < firstOfKind[k + 1]; j++) {
        Span s = spans.get(byKind[j]);
        int delta = s.start() - previousStart;
        // Zig-zag so that an unsorted list still encodes; sorted lists only produce small positives.
        out.writeVInt((delta << 1) ^ (delta >> 31));
        out.writeVInt(s.end() - s.start());
        if (notesByKind[k]) out.writeVInt(s.note() == null ? 0 : noteRefs.get(s.note()));
        previousStart = s.start();
      }
    }
    return out.toBytes();
  }

  public static List<Span> decode(byte[] bytes, int offset, int length) {
    try {
      return read(new ByteArrayDataInput(bytes, offset, length));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory input never fails
    }
  }

  private static List<Span> read(ByteArrayDataInput in) throws IOException {
    byte version = in.readByte();
    if (version != VERSION) {
      throw new IllegalArgumentException("unknown span encoding version " + version);
    }
    String[] notes = new String[in.readVInt() + 1];
    for (int i = 1; i < notes.length; i++) notes[i] = in.readString();
    int groups = in.readVInt();
    List<Span> spans = new ArrayList<>();
    for (int g = 0; g < groups; g++) {
      SpanKind kind = KINDS[in.readByte()];
      int count = in.readVInt();
      boolean hasNotes = in.readByte() != 0;
      int start = 0;
      for (int i = 0; i < count; i++) {
        start += in.readZInt();
        int end = start + in.readVInt();
        String note = hasNotes ? notes[in.readVInt()] : null;
        spans.add(new Span(kind, start, end, note));
      }
    }
    return spans;
  }

  public static List<Span> decode(byte[] bytes) {
    return decode(bytes, 0, bytes.length);
  }
}
