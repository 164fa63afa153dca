package org.marsad.readers.text;

import org.marsad.core.model.RawArticle;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;

/**
 * A plain-text file is one article: the whole decoded file is its text, untouched, so the analyzer's
 * offsets point into exactly what is on disk. The headline, if any, is the analyzer's to find.
 * Thread-safe.
 */
public final class PlainTextReader {

  public void read(InputFile in, String text, ReadListener listener) {
    listener.article(new RawArticle(in.relativePath(), in.folder(), null, null, null, text, false, in.origin(), "text"));
  }
}
