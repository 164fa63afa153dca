package org.marsad.readers;

import org.marsad.core.model.RawArticle;

/** Receives what the readers find: articles, and one skip line per input that gave none. */
public interface ReadListener {

  /** Skip reasons: short stable categories used to group the end-of-run summary. */
  String EMPTY_FILE = "empty file";
  String BINARY_FILE = "binary file";
  String UNDECODABLE_TEXT = "undecodable text";
  String TRUNCATED_JSON = "truncated JSON";
  String TRUNCATED_HTML = "truncated HTML";
  String TRUNCATED_XML = "truncated XML";
  String FILE_TOO_LARGE = "file too large";
  String UNREADABLE_FILE = "unreadable file";
  String NO_ARTICLE_TEXT = "no article text";
  String BAD_RECORD = "bad record";
  String NOT_AN_ARTICLE = "not an article";

  void article(RawArticle a);

  /**
   * @param origin the file, archive entry ("a.zip!dir/x.json") or record ("x.json#12") that was skipped
   * @param reason one of the constants above
   * @param detail the human explanation, e.g. "NUL bytes in the first 8 KB"
   */
  void skipped(String origin, String reason, String detail);

  /** Called once per top-level file after it has been read, whatever came of it (for progress bars). */
  default void fileDone(String origin, long bytes) {}
}
