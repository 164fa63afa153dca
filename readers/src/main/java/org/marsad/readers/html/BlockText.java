package org.marsad.readers.html;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.marsad.readers.meta.Whitespace;

/**
 * The visible text of an HTML element with one paragraph per line: block elements and {@code <br>}
 * end a line, runs of whitespace inside a line become one space, blank lines are dropped. This is the
 * text shape every reader emits, so later stages see paragraphs the same way whatever the source.
 */
public final class BlockText {

  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table",
      "blockquote", "section", "article", "header", "footer", "aside", "nav", "pre", "figure", "figcaption",
      "hr", "main", "address", "form", "fieldset", "details", "summary", "caption", "thead", "tbody", "title");

  private static final Set<String> INVISIBLE = Set.of("script", "style", "noscript", "template", "head", "iframe", "svg");

  private BlockText() {}

  public static String of(Element root) {
    StringBuilder raw = new StringBuilder();
    NodeTraversor.traverse(new NodeVisitor() {
      int hidden = 0;

      @Override
      public void head(Node node, int depth) {
        if (node instanceof Element e) {
          if (INVISIBLE.contains(e.normalName())) hidden++;
          else if (hidden == 0 && BLOCKS.contains(e.normalName())) raw.append('\n');
        } else if (hidden == 0 && node instanceof TextNode t) {
          raw.append(t.getWholeText());
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element e) {
          if (INVISIBLE.contains(e.normalName())) hidden--;
          else if (hidden == 0 && BLOCKS.contains(e.normalName())) raw.append('\n');
        }
      }
    }, root);
    return tidyLines(raw);
  }

  /** An HTML fragment (a feed entry's description, a JSON body stored as HTML) as paragraph lines. */
  public static String fromHtmlFragment(String html) {
    return of(Jsoup.parseBodyFragment(html).body());
  }

  /** A cheap test for markup in a text field; plain article text almost never holds closing tags. */
  public static boolean looksLikeHtml(String s) {
    int lt = s.indexOf('<');
    if (lt < 0) return false;
    return s.indexOf("</", lt) >= 0 || s.indexOf("<br", lt) >= 0 || s.indexOf("<BR", lt) >= 0
        || s.indexOf("<p>", lt) >= 0 || s.indexOf("<P>", lt) >= 0;
  }

  /** Plain text (no markup) in the same shape: whitespace collapsed per line, blank lines dropped. */
  public static String tidyText(String plain) {
    return tidyLines(plain);
  }

  /** Collapses whitespace inside each line, strips lines, drops blank ones. */
  static String tidyLines(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    int lineStart = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\n' || c == '\r') {
        pendingSpace = false;
        if (out.length() > lineStart) {
          out.append('\n');
          lineStart = out.length();
        }
      } else if (Whitespace.isSpace(c)) {
        if (out.length() > lineStart) pendingSpace = true;
      } else {
        if (pendingSpace) out.append(' ');
        pendingSpace = false;
        out.append(c);
      }
    }
    int end = out.length();
    while (end > 0 && out.charAt(end - 1) == '\n') end--;
    out.setLength(end);
    return out.toString();
  }
}
