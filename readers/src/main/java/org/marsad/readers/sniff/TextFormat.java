package org.marsad.readers.sniff;

/** The text formats a decoded file can be in. */
public enum TextFormat {
  TEXT, HTML, JSON, JSON_LINES, TREC, FEED, XML_OTHER
}
