package org.marsad.readers.trec;

import org.jsoup.parser.Parser;
import org.marsad.core.model.RawArticle;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;
import org.marsad.readers.html.BlockText;
import org.marsad.readers.meta.IsoDates;
import org.marsad.readers.meta.Outlets;
import org.marsad.readers.meta.Whitespace;

/**
 * Reads TREC-style files (ANT corpus, TREC/CLEF collections): one article per {@code <DOC>}. DOCNO is
 * the source id, SRC the outlet, TITLE or HEADLINE the title, TIME or DATE the date (RFC-822 or ISO),
 * TEXT the text (ABSTRACT when TEXT is missing). Entities are decoded with jsoup; inner markup such as
 * {@code <P>} becomes line breaks. A DOC never closed is skipped as "truncated XML"; earlier ones are kept.
 * Thread-safe.
 */
public final class TrecReader {

  public void read(InputFile in, String text, ReadListener listener) {
    int n = 0;
    for (TrecScanner.Block b : TrecScanner.blocks(text)) {
      n++;
      if (b.end() < 0) {
        listener.skipped(in.origin() + "#" + n, ReadListener.TRUNCATED_XML,
            "<DOC> at line " + b.line() + " has no closing </DOC>");
        continue;
      }
      emit(in, text, b, n, listener);
    }
    if (n == 0) listener.skipped(in.origin(), ReadListener.NO_ARTICLE_TEXT, "no <DOC> element");
  }

  private static void emit(InputFile in, String s, TrecScanner.Block b, int n, ReadListener listener) {
    String docno = value(s, b, "DOCNO");
    String body = body(s, b, "TEXT");
    if (body.isEmpty()) body = body(s, b, "ABSTRACT");
    if (body.isEmpty()) {
      listener.skipped(in.origin() + "#" + (docno != null ? docno : n), ReadListener.NO_ARTICLE_TEXT,
          "<DOC> at line " + b.line() + " has no TEXT or ABSTRACT");
      return;
    }
    String url = value(s, b, "URL");
    String title = value(s, b, "TITLE");
    if (title == null) title = value(s, b, "HEADLINE");
    String time = value(s, b, "TIME");
    if (time == null) time = value(s, b, "DATE");
    String sourceId = docno != null ? docno : in.relativePath() + "#" + n;
    String outlet = Outlets.firstOf(value(s, b, "SRC"), Outlets.hostOf(url), in.folder());
    listener.article(new RawArticle(sourceId, outlet, url, title, IsoDates.normalize(time), body, false,
        in.origin(), "trec"));
  }

  /** A one-line field: entities decoded, whitespace stripped; null when absent or blank. */
  private static String value(String s, TrecScanner.Block b, String tag) {
    String raw = TrecScanner.field(s, b.start(), b.end(), tag);
    if (raw == null) return null;
    String v = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
    return Whitespace.stripToNull(v);
  }

  /** A text field as paragraph lines; inner tags (<P>) are read as HTML only when present. */
  private static String body(String s, TrecScanner.Block b, String tag) {
    String raw = TrecScanner.field(s, b.start(), b.end(), tag);
    if (raw == null) return "";
    if (raw.indexOf('<') >= 0) return BlockText.fromHtmlFragment(raw);
    String v = raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw;
    return BlockText.tidyText(v);
  }
}
