package org.marsad.core.boilerplate;

import java.util.regex.Pattern;

/**
 * A link to another article set into the text: a line starting «اقرأ أيضا: ...», «إقرأ المزيد», «للمزيد»,
 * «شاهد أيضا», «Read also». The line is a title of another article, so it is boilerplate whatever follows.
 */
public final class ReadAlsoRule extends LineStartRule {

  // Spelling varies: hamza or not on the alef, final alef with or without tanween (أيضاً), with a
  // tatweel or kasra; so the pattern allows those marks between letters.
  private static final Pattern START = Pattern.compile(
      "[\\s\\p{Punct}«»“”•·\\-–—]*(?:"
          + "(?:[اإأ]قر[أاء]?|طالع|شاهد|تابع)[\\u064B-\\u0652\\u0640]*\\s+"
          + "(?:[أا]يض[\\u064B-\\u0652]*ا[\\u064B-\\u0652]*|كذلك|المزيد|ايضًا)"
          + "|للمزيد"
          + "|(?i:read\\s+(?:also|more)|see\\s+also|related\\s*:)"
          + ")");

  public ReadAlsoRule() {
    super(START, 300);
  }

  @Override
  public String name() {
    return "read-also";
  }
}
