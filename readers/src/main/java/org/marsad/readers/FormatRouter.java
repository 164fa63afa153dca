package org.marsad.readers;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.marsad.readers.archive.BoundedRead;
import org.marsad.readers.archive.Gunzip;
import org.marsad.readers.archive.ZipArchiveReader;
import org.marsad.readers.encoding.TextDecoder;
import org.marsad.readers.encoding.UndecodableTextException;
import org.marsad.readers.feed.FeedReader;
import org.marsad.readers.html.HtmlFileReader;
import org.marsad.readers.json.FieldMapping;
import org.marsad.readers.json.JsonArticleReader;
import org.marsad.readers.json.JsonLinesReader;
import org.marsad.readers.meta.Whitespace;
import org.marsad.readers.sniff.BinarySignatures;
import org.marsad.readers.sniff.TextFormat;
import org.marsad.readers.sniff.TextFormatSniffer;
import org.marsad.readers.text.PlainTextReader;
import org.marsad.readers.trec.TrecReader;
import org.marsad.readers.warc.WarcArticleReader;

/**
 * Sends one in-memory file to the reader for its format: containers first (zip, gzip, WARC), then
 * binary and empty checks, then decoding, then the text format from content and extension. Every
 * failure becomes a skip, never an exception. Thread-safe: all readers it holds are stateless.
 */
final class FormatRouter {

  /** Archives inside archives deeper than this are not opened (a recursion guard, not a real limit). */
  static final int MAX_DEPTH = 8;

  private final ReaderOptions options;
  private final ZipArchiveReader zip;
  private final WarcArticleReader warc;
  private final PlainTextReader plain = new PlainTextReader();
  private final HtmlFileReader html = new HtmlFileReader();
  private final JsonArticleReader json;
  private final JsonLinesReader jsonLines;
  private final TrecReader trec = new TrecReader();
  private final FeedReader feed = new FeedReader();

  FormatRouter(ReaderOptions options) {
    this.options = options;
    this.zip = new ZipArchiveReader(options.maxFileBytes());
    this.warc = new WarcArticleReader(options.maxFileBytes());
    FieldMapping fields = new FieldMapping(options.fieldPaths());
    this.json = new JsonArticleReader(fields);
    this.jsonLines = new JsonLinesReader(fields);
  }

  ZipArchiveReader zip() {
    return zip;
  }

  WarcArticleReader warc() {
    return warc;
  }

  void route(InputFile in, int depth, ReadListener listener) {
    try {
      routeUnsafe(in, depth, listener);
    } catch (IOException | RuntimeException | StackOverflowError e) {
      // A library failing on a malformed input must cost that input only, never the run.
      listener.skipped(in.origin(), ReadListener.UNREADABLE_FILE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** A body that should be a feed: decoded like any file, then read as RSS/Atom, or skipped if it is not. */
  void routeFeed(InputFile in, ReadListener listener) {
    try {
      String text = decodedText(in, listener);
      if (text == null) return;
      TextFormat format = TextFormatSniffer.sniff(text, "xml");
      if (format == TextFormat.FEED || format == TextFormat.XML_OTHER) {
        feed.read(in, text, listener);
      } else {
        listener.skipped(in.origin(), ReadListener.NO_ARTICLE_TEXT,
            "not an RSS or Atom feed (the body is " + format.name().replace('_', ' ') + ")");
      }
    } catch (RuntimeException | StackOverflowError e) {
      listener.skipped(in.origin(), ReadListener.UNREADABLE_FILE, e.getClass().getSimpleName() + ": " + e.getMessage());
    }
  }

  /** The text of a file that is neither empty nor binary nor undecodable; else null, the skip reported. */
  private static String decodedText(InputFile in, ReadListener listener) {
    byte[] b = in.bytes();
    if (b.length == 0) {
      listener.skipped(in.origin(), ReadListener.EMPTY_FILE, "0 bytes");
      return null;
    }
    String magic = BinarySignatures.magicName(b);
    if (magic != null) {
      listener.skipped(in.origin(), ReadListener.BINARY_FILE, magic);
      return null;
    }
    if (BinarySignatures.hasNul(b, BinarySignatures.NUL_SCAN_BYTES) && !TextDecoder.hasUtf16Bom(b)) {
      listener.skipped(in.origin(), ReadListener.BINARY_FILE, "NUL bytes in the first 8 KB");
      return null;
    }
    String text;
    try {
      text = TextDecoder.decode(b).text();
    } catch (UndecodableTextException e) {
      listener.skipped(in.origin(), ReadListener.UNDECODABLE_TEXT, e.getMessage());
      return null;
    }
    if (Whitespace.isBlank(text)) {
      listener.skipped(in.origin(), ReadListener.EMPTY_FILE, "only whitespace (" + b.length + " bytes)");
      return null;
    }
    return text;
  }

  private void routeUnsafe(InputFile in, int depth, ReadListener listener) throws IOException {
    byte[] b = in.bytes();
    if (b.length == 0) {
      listener.skipped(in.origin(), ReadListener.EMPTY_FILE, "0 bytes");
      return;
    }
    if (BinarySignatures.isZip(b) || BinarySignatures.isGzip(b)) {
      if (depth >= MAX_DEPTH) {
        listener.skipped(in.origin(), ReadListener.UNREADABLE_FILE, "archives nested more than " + MAX_DEPTH + " deep");
      } else if (BinarySignatures.isZip(b)) {
        String office = OfficeFormats.nameFor(in.extension());
        if (office != null) listener.skipped(in.origin(), ReadListener.BINARY_FILE, office + " document");
        else zip.readBytes(in, depth, listener, (entry, d) -> route(entry, d, listener));
      } else {
        gunzip(in, depth, listener);
      }
      return;
    }
    if (BinarySignatures.isWarc(b)) {
      warc.read(new ByteArrayInputStream(b), in, listener);
      return;
    }
    String text = decodedText(in, listener);
    if (text == null) return;
    TextFormat format = TextFormatSniffer.sniff(text, in.extension());
    switch (format) {
      case JSON -> json.read(in, text, listener);
      case JSON_LINES -> jsonLines.read(in, text, listener);
      case HTML -> html.read(in, text, listener);
      case TREC -> trec.read(in, text, listener);
      case FEED -> feed.read(in, text, listener);
      case XML_OTHER -> listener.skipped(in.origin(), ReadListener.NO_ARTICLE_TEXT,
          "XML that is neither an RSS/Atom feed nor TREC <DOC> records");
      case TEXT -> plain.read(in, text, listener);
    }
  }

  private void gunzip(InputFile in, int depth, ReadListener listener) throws IOException {
    byte[] inner;
    try {
      inner = Gunzip.readAtMost(new ByteArrayInputStream(in.bytes()), options.maxFileBytes());
    } catch (IOException e) {
      listener.skipped(in.origin(), ReadListener.UNREADABLE_FILE, "damaged gzip data: " + e.getMessage());
      return;
    }
    if (inner == null) {
      listener.skipped(in.origin(), ReadListener.FILE_TOO_LARGE, BoundedRead.overLimit(options.maxFileBytes()));
      return;
    }
    // The .gz is a wrapper, not a level of its own: same origin and source path, the name loses ".gz".
    InputFile unwrapped = new InputFile(in.origin(), in.relativePath(), in.folder(), Gunzip.innerName(in.name()), inner);
    route(unwrapped, depth + 1, listener);
  }
}
