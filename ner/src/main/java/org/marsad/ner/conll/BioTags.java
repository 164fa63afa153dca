package org.marsad.ner.conll;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Converts between BIO tags and chunks with conlleval's rules: a chunk starts at B-X, and also at an I-X that
 * does not continue an X chunk (an I- after O or after another type). Types are mapped to Marsad's names
 * (ANERcorp's PERS becomes PER).
 */
public final class BioTags {

  private BioTags() {}

  public static List<Chunk> chunks(List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String prefix = tag.length() > 1 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "O";
      String t = prefix.equals("O") ? null : type(tag.substring(2));
      boolean continues = prefix.equals("I") && t.equals(type);
      if (type != null && !continues) {
        out.add(new Chunk(start, i, type));
        type = null;
      }
      if (t != null && !continues) {
        start = i;
        type = t;
      }
    }
    return out;
  }

  public static List<String> tags(List<Chunk> chunks, int length) {
    List<String> out = new ArrayList<>(java.util.Collections.nCopies(length, "O"));
    for (Chunk c : chunks) {
      for (int i = c.start(); i < c.end(); i++) out.set(i, (i == c.start() ? "B-" : "I-") + c.type());
    }
    return out;
  }

  /** Marsad's name for a corpus's entity type: PERS and PERSON become PER, the rest upper-cased. */
  public static String type(String raw) {
    String t = raw.toUpperCase(Locale.ROOT);
    return switch (t) {
      case "PERS", "PERSON" -> "PER";
      case "GPE" -> "LOC";
      case "ORGANIZATION" -> "ORG";
      default -> t;
    };
  }
}
