package org.marsad.readers.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.ParsingFeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import org.marsad.core.model.RawArticle;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;
import org.marsad.readers.html.BlockText;
import org.marsad.readers.meta.IsoDates;
import org.marsad.readers.meta.Outlets;

/**
 * Reads RSS 0.9x/1.0/2.0 and Atom feeds with Rome: each entry with text becomes an article, its content
 * (or description) HTML turned into paragraph lines. Feed XML that does not parse is reported as
 * "truncated XML" with the line and column. Thread-safe: each call builds its own Rome parser.
 */
public final class FeedReader {

  public void read(InputFile in, String xml, ReadListener listener) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput(false, Locale.US);
      input.setAllowDoctypes(false); // no external entities from untrusted files
      feed = input.build(new StringReader(xml));
    } catch (ParsingFeedException e) {
      String where = e.getLineNumber() > 0 ? " at line " + e.getLineNumber() + ", column " + e.getColumnNumber() : "";
      listener.skipped(in.origin(), ReadListener.TRUNCATED_XML, "feed XML does not parse" + where + ": " + cause(e));
      return;
    } catch (FeedException | IllegalArgumentException e) {
      listener.skipped(in.origin(), ReadListener.NO_ARTICLE_TEXT, "XML that is not an RSS or Atom feed: " + e.getMessage());
      return;
    }
    String feedHost = Outlets.hostOf(feed.getLink());
    List<SyndEntry> entries = feed.getEntries();
    if (entries.isEmpty()) {
      listener.skipped(in.origin(), ReadListener.NO_ARTICLE_TEXT, "feed has no entries");
      return;
    }
    int index = 0;
    for (SyndEntry entry : entries) {
      index++;
      String text = text(entry);
      String link = blankToNull(entry.getLink());
      if (text.isBlank()) {
        listener.skipped(in.origin() + "#" + index, ReadListener.NO_ARTICLE_TEXT,
            "entry " + index + (link != null ? " (" + link + ")" : "") + " has no content or description");
        continue;
      }
      String uri = blankToNull(entry.getUri());
      String sourceId = uri != null ? uri : link != null ? link : in.relativePath() + "#" + index;
      String outlet = Outlets.firstOf(Outlets.hostOf(link), feedHost, in.folder());
      String published = IsoDates.of(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate());
      String title = blankToNull(entry.getTitle());
      listener.article(new RawArticle(sourceId, outlet, link, title == null ? null : title.strip(), published, text,
          false, in.origin(), "rss"));
    }
  }

  /** The entry's full content when the feed carries it, else its description. */
  private static String text(SyndEntry entry) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : entry.getContents()) {
      String t = asText(c);
      if (!t.isEmpty()) sb.append(sb.length() > 0 ? "\n" : "").append(t);
    }
    if (sb.length() > 0) return sb.toString();
    return entry.getDescription() == null ? "" : asText(entry.getDescription());
  }

  private static String asText(SyndContent c) {
    String v = c.getValue();
    if (v == null || v.isBlank()) return "";
    String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
    if (type.equals("text") || type.equals("text/plain")) return BlockText.tidyText(v);
    return BlockText.fromHtmlFragment(v);
  }

  private static String cause(Exception e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) root = root.getCause();
    String m = root.getMessage();
    return m == null ? root.getClass().getSimpleName() : m;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
