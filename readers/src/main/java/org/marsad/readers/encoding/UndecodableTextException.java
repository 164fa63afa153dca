package org.marsad.readers.encoding;

/** No charset decodes the bytes to plausible text. */
public class UndecodableTextException extends Exception {
  public UndecodableTextException(String detail) {
    super(detail);
  }
}
