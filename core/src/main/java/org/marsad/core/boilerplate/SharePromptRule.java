package org.marsad.core.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Share, follow and subscribe prompts and copyright lines: «شارك على فيسبوك», «تابعونا على تويتر»,
 * «اشترك في النشرة», «Follow us», «Share this», «جميع الحقوق محفوظة». Verbs such as تابعوا also open real
 * sentences ("they followed the talks"), so a line counts only when it is short and holds nothing but the
 * prompt: at most {@value #MAX_WORDS} words and no sentence stop before its end.
 */
public final class SharePromptRule extends LineStartRule {

  static final int MAX_WORDS = 10;

  private static final Pattern START = Pattern.compile(
      "[\\s\\p{Punct}«»•·\\-–—©]*(?:"
          + "شارك(?:وا|ي)?\\s+(?:على|عبر|في|هذا|هذه|المقال|الخبر)"
          + "|تابع(?:ونا|وا|نا)\\s+(?:على|عبر|في)|تابعوا|تابعونا"
          + "|[اإ]شترك(?:وا|ي)?\\s+(?:في|ب|الآن|الان|معنا)"
          + "|(?:جميع|كل)\\s+الحقوق\\s+محفوظة|حقوق\\s+النشر"
          + "|(?i:follow\\s+us|share\\s+(?:this|on)|subscribe|all\\s+rights\\s+reserved|copyright)"
          + ")");

  private static final Pattern WORD = Pattern.compile("\\S+");

  public SharePromptRule() {
    super(START, 120);
  }

  @Override
  public String name() {
    return "share-prompt";
  }

  @Override
  boolean accept(String text, int lineStart, int lineEnd, Matcher m) {
    int words = 0;
    Matcher w = WORD.matcher(text).region(lineStart, lineEnd);
    while (w.find()) {
      if (++words > MAX_WORDS) return false;
    }
    for (int i = lineStart; i < lineEnd - 1; i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '\u061F' || c == '!') && Character.isWhitespace(text.charAt(i + 1))) return false;
    }
    return true;
  }
}
