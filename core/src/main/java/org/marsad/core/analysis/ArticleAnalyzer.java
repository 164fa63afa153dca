package org.marsad.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.marsad.core.boilerplate.BoilerplateRules;
import org.marsad.core.dates.TextDateFinder;
import org.marsad.core.dedup.MinHasher;
import org.marsad.core.language.LanguageGuesser;
import org.marsad.core.model.Article;
import org.marsad.core.model.PublishedFrom;
import org.marsad.core.model.RawArticle;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.normalize.MatchNormalizer;
import org.marsad.core.paragraphs.ParagraphSplitter;
import org.marsad.core.sentences.SentenceSplitter;
import org.marsad.core.tokens.Tokenizer;

/**
 * Turns a {@link RawArticle} into an analysed {@link Article}: content id, paragraphs, boilerplate, headline,
 * sentences and tokens outside boilerplate, publication date, language. Each step is its own class; this one
 * only composes them.
 *
 * <p>Thread-safe: every part is stateless or thread-safe, so worker threads share one instance.
 */
public final class ArticleAnalyzer {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final ParagraphSplitter paragraphs = new ParagraphSplitter();
  private final BoilerplateRules boilerplate;
  private final ParagraphSplitter.StandaloneLine boilerplateLine;
  private final HeadlineDetector headlines = new HeadlineDetector();
  private final SentenceSplitter sentences = new SentenceSplitter();
  private final Tokenizer tokenizer = new Tokenizer();
  private final TextDateFinder dates = new TextDateFinder();
  private final LanguageGuesser languages = new LanguageGuesser();
  private final MinHasher minHasher = new MinHasher();
  private final MatchNormalizer normalizer = new MatchNormalizer();

  public ArticleAnalyzer() {
    this(BoilerplateRules.defaults());
  }

  public ArticleAnalyzer(BoilerplateRules boilerplate) {
    this.boilerplate = boilerplate;
    this.boilerplateLine = boilerplate.asStandaloneLine();
  }

  /** The id {@link #analyze} gives an article with this text. */
  public static String contentId(String text) {
    return ContentId.of(text);
  }

  /**
   * {@link #analyze} plus the article's near-duplicate signature and line keys, normalizing each token once:
   * the same results as {@code analyze}, {@code new MinHasher().signature(article)} and
   * {@code LineKeys.of(article)}, for less work.
   */
  public Analysis analyzeWithFingerprints(RawArticle raw) {
    return Analysis.of(analyze(raw), minHasher, normalizer);
  }

  public Article analyze(RawArticle raw) {
    String text = raw.text();
    List<Span> paras = paragraphs.split(text, boilerplateLine);
    List<Span> spans = new ArrayList<>(paras.size() * 4 + text.length() / 5);
    List<Span> boiler = new ArrayList<>();
    for (Span p : paras) boiler.addAll(boilerplate.find(text, p));
    spans.addAll(paras);
    spans.addAll(boiler);

    String title = raw.title();
    Span headline = findHeadline(raw, text, paras, boiler);
    if (headline != null) {
      spans.add(new Span(SpanKind.HEADLINE, headline.start(), headline.end()));
      if (title == null) title = headline.textOf(text);
    }

    for (Span p : paras) {
      if (headline != null && p.start() == headline.start()) {
        // A headline is one unit: its ".." joins sub-headlines, it does not end sentences.
        spans.add(new Span(SpanKind.SENTENCE, p.start(), p.end()));
        tokenizer.tokenize(text, p.start(), p.end(), spans);
        continue;
      }
      int from = p.start();
      for (Span b : boiler) {
        if (b.end() <= p.start() || b.start() >= p.end()) continue;
        analyzeRegion(text, from, b.start(), spans);
        from = Math.max(from, b.end());
      }
      analyzeRegion(text, from, p.end(), spans);
    }

    String published = raw.published();
    PublishedFrom publishedFrom = PublishedFrom.METADATA;
    if (published == null) {
      Optional<LocalDate> inText = dates.findPublicationDate(text);
      published = inText.map(LocalDate::toString).orElse(null);
      publishedFrom = inText.isPresent() ? PublishedFrom.TEXT : PublishedFrom.UNKNOWN;
    }

    return new Article(contentId(text), raw.sourceId(), raw.outlet(), raw.url(), title, published,
        publishedFrom, languages.guess(text), text, spans, null, raw.origin(), raw.format());
  }

  /** Sentences and tokens of a stretch of a paragraph that holds no boilerplate. */
  private void analyzeRegion(String text, int from, int to, List<Span> spans) {
    if (from >= to) return;
    sentences.split(text, from, to, spans);
    tokenizer.tokenize(text, from, to, spans);
  }

  /**
   * The headline paragraph, or null. Plain text without a title: the first content line when it looks like
   * one. A reader that says the text starts with the title it gave: that first paragraph when it matches.
   */
  private Span findHeadline(RawArticle raw, String text, List<Span> paras, List<Span> boiler) {
    int first = HeadlineDetector.firstContent(paras, boiler);
    if (first < 0) return null;
    Span candidate = paras.get(first);
    if (raw.title() == null) {
      if (!"text".equals(raw.format())) return null;
      return headlines.isHeadline(text, candidate, paras.size() - first - 1) ? candidate : null;
    }
    if (raw.titleInText() && sameWords(candidate.textOf(text), raw.title())) return candidate;
    return null;
  }

  private static boolean sameWords(String a, String b) {
    return SPACES.matcher(a.strip()).replaceAll(" ").equals(SPACES.matcher(b.strip()).replaceAll(" "));
  }
}
