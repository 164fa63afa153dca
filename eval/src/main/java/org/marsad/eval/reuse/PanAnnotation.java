package org.marsad.eval.reuse;

/**
 * A plagiarism case (gold) or detection (system) in the PAN text-alignment format: a char range of a
 * suspicious document and the char range of a source document it comes from, half-open, offsets in
 * characters (code points) of the documents as UTF-8 text.
 *
 * @param obfuscation the gold case's obfuscation ("none", "word shuffling", ...); null for a detection
 */
public record PanAnnotation(String suspicious, int thisStart, int thisEnd, String source, int sourceStart,
    int sourceEnd, String obfuscation) {

  public PanAnnotation {
    if (thisStart < 0 || thisEnd < thisStart || sourceStart < 0 || sourceEnd < sourceStart) {
      throw new IllegalArgumentException("bad ranges in " + suspicious + " / " + source);
    }
  }

  int thisLength() {
    return thisEnd - thisStart;
  }

  int sourceLength() {
    return sourceEnd - sourceStart;
  }

  /** PAN's test for a detection counting for a case: same documents, chars shared on both sides. */
  boolean overlaps(PanAnnotation o) {
    return suspicious.equals(o.suspicious) && source.equals(o.source)
        && thisStart < o.thisEnd && o.thisStart < thisEnd
        && sourceStart < o.sourceEnd && o.sourceStart < sourceEnd;
  }
}
