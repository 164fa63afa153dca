package org.marsad.eval.spans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.analysis.ArticleAnalyzer;
import org.marsad.core.dates.DateMention;
import org.marsad.core.dates.DateMentionFinder;
import org.marsad.core.figures.Figure;
import org.marsad.core.figures.FigureExtractor;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;

/**
 * Marsad's number and date spans on a sentence, typed as Wojood types them: a date mention is DATE; a
 * figure is PERCENT when it is a percentage, MONEY when it counts a currency, QUANTITY when it counts a unit
 * of measure, else CARDINAL. Marsad finds no clock times, so it predicts no TIME.
 */
final class PredictedSpans {

  /** Relative dates need an anchor to be found at all; detection does not depend on which. */
  private static final LocalDate ANCHOR = LocalDate.of(2020, 1, 1);

  /** Currency words at the start of a word (after و/ب/ال), with their plurals; «ين» alone (the yen) only. */
  private static final java.util.regex.Pattern CURRENCY = java.util.regex.Pattern.compile(
      "(?<![\\p{L}])(?:و|ب)?(?:ال)?(?:(?:دولار|دينار|ريال|يورو|جنيه|ليرة|ليرات|درهم|دراهم|شيكل|شيقل|فرنك|روبل)"
      + "|ين(?![\\p{L}]))");
  private static final List<String> PERCENT = List.of("%", "٪", "المئة", "المائة", "بالمئة", "بالمائة");
  private static final List<String> UNITS = List.of("متر", "كيلو", "كلم", "كم ", "طن", "غرام", "جرام", "لتر",
      "برميل", "ميل", "هكتار", "دونم", "ميغاواط", "درجة");

  private final ArticleAnalyzer analyzer = new ArticleAnalyzer();
  private final FigureExtractor figures = new FigureExtractor();
  private final DateMentionFinder dates = new DateMentionFinder();

  List<LayeredSentence.TypedSpan> of(String text) {
    // Not "text": a plain-text reader would take the sentence for a headline.
    Article a = analyzer.analyze(new RawArticle("s", "eval", null, null, null, text, false, "s", "jsonl"));
    List<LayeredSentence.TypedSpan> out = new ArrayList<>();
    for (DateMention d : dates.find(text, ANCHOR)) out.add(new LayeredSentence.TypedSpan("DATE", d.start(), d.end()));
    for (Figure f : figures.extract(a)) out.add(new LayeredSentence.TypedSpan(type(f.text()), f.start(), f.end()));
    return out;
  }

  static String type(String figure) {
    if (containsAny(figure, PERCENT)) return "PERCENT";
    if (CURRENCY.matcher(figure).find()) return "MONEY";
    if (containsAny(figure + " ", UNITS)) return "QUANTITY";
    return "CARDINAL";
  }

  private static boolean containsAny(String s, List<String> words) {
    for (String w : words) if (s.contains(w)) return true;
    return false;
  }
}
