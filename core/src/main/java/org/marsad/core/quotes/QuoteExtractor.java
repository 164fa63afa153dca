package org.marsad.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.util.Chars;

/**
 * Extracts who said what from an analysed article, in three passes:
 *
 * <ol>
 *   <li>reported speech after a speech verb and its cue («قال ... إن», «وأضاف أن», «وتابع: "..."»,
 *       «دعا ... إلى», «شدد على»), the speaker found after the verb, before it, or carried from the last
 *       statement («وأضاف أن»), a role resolved to the person the text named with it;
 *   <li>a sentence whose source trails it («...، وفق المرصد السوري»), when it holds no reported speech;
 *   <li>statements in quote marks that no cue led to, given the speech verb next to them if any.
 * </ol>
 *
 * <p>An anonymous source («مصدر», «تقارير») or a subject the rules cannot name gives a null speaker, and
 * the statements that follow it carry that unknown on: a speaker is never guessed.
 *
 * <p>Reads the article's SENTENCE and TOKEN spans, and its ENTITY spans (PER / ORG / LOC) when present.
 * Stateless and thread-safe: each call keeps its state in its own objects.
 */
public final class QuoteExtractor {

  /**
   * With no cue to end it, the subject is looked for this far after the verb: a role and a name
   * («المتحدث باسم الدفاع المدني ... إبراهيم أبو الليث») fit.
   */
  private static final int MAX_SUBJECT_WORDS = 12;

  public List<Quote> extract(Article a) {
    return new Run(a).quotes();
  }

  /** One article's extraction: the speaker carried from statement to statement lives here. */
  private static final class Run {

    private final String text;
    private final Words w;
    private final QuoteIndex quotes;
    private final CueFinder cues;
    private final ClauseBounds clauses;
    private final SpeakerFinder speakers;
    private final SourceAttribution sources;
    private final List<Quote> out = new ArrayList<>();
    private final List<VerbAt> verbs = new ArrayList<>();
    private final List<Span> sentences;
    /** The last speaker found; null before the first, {@link Speaker#UNKNOWN} after an anonymous one. */
    private Speaker current;

    Run(Article a) {
      text = a.text();
      List<Span> entities = a.spans(SpanKind.ENTITY);
      w = new Words(text, a.spans(SpanKind.TOKEN), entities);
      quotes = new QuoteIndex(text);
      cues = new CueFinder(w, quotes);
      clauses = new ClauseBounds(w, quotes);
      speakers = new SpeakerFinder(w, new RoleBook(w));
      sources = new SourceAttribution(w);
      sentences = a.spans(SpanKind.SENTENCE);
    }

    List<Quote> quotes() {
      int t = 0;
      for (Span s : sentences) {
        while (t < w.size() && w.start(t) < s.start()) t++;
        int first = t;
        while (t < w.size() && w.end(t) <= s.end()) t++;
        int before = out.size();
        reported(first, t, s.end());
        if (out.size() == before) attributed(first, t);
      }
      bare();
      out.sort(Comparator.comparingInt(Quote::start));
      return out;
    }

    /** Reported speech in the sentence of tokens [from, to). */
    private void reported(int from, int to, int sentenceEndChar) {
      boolean verbSeen = false;
      for (int v = from; v < to; v++) {
        String lemma = SpeechVerbs.verbLemma(w.folded[v]);
        boolean participle = lemma == null;
        if (participle) lemma = SpeechVerbs.participleLemma(w.folded[v]);
        // A participle speaks for its sentence's speech verb; with none («انتشر هاشتاغ ...، داعيا إلى»)
        // its subject is no speaker, so it is skipped rather than given the last one.
        if (lemma == null || participle && !verbSeen) continue;
        verbSeen = true;
        Cue cue = cues.find(v, lemma, to);
        Speaker own = null;
        if (!participle) {
          int subjectEnd = cue == null ? Math.min(to, v + 1 + MAX_SUBJECT_WORDS) : cue.subjectEnd();
          own = speakers.after(v + 1, subjectEnd, SpeechVerbs.isFeminine(w.folded[v]));
          if (own == null) own = speakers.before(from, to, v);
        }
        if (own != null && current != null && current.described() && !own.described() && own.name() != null
            && (lemma.equals("أضاف") || lemma.equals("تابع"))) {
          nameTheDescribed(current, own);
        }
        if (own != null) current = own;
        verbs.add(new VerbAt(w.start(v), lemma, current));
        if (cue == null) continue;
        int start = Chars.skipSpace(text, cue.clauseStart(), sentenceEndChar);
        int end = clauses.end(start, cue.clauseToken(), to, sentenceEndChar);
        // A one-word clause («... قال بحوزتها») is a scrap of another construction; two words can be a
        // statement («بأنه "غير طبيعي"»).
        if (words(start, end) < 2) continue;
        QuotedSpan whole = clauses.wholeQuote(start, end);
        if (whole != null) add(whole.innerStart(), whole.innerEnd(), lemma, true, current);
        else add(start, end, lemma, false, current);
        while (v + 1 < to && w.start(v + 1) < end) v++;
      }
    }

    /**
     * «واعتبر رئيس الائتلاف الوطني السوري ... ان ...» then «واضاف انس العبدة ... ان ...»: a follow-up
     * that names its speaker names the role just quoted, so the role's last statements take the name.
     */
    private void nameTheDescribed(Speaker role, Speaker person) {
      for (int i = out.size() - 1; i >= 0 && out.get(i).speakerStart() == role.start(); i--) {
        Quote q = out.get(i);
        out.set(i, new Quote(q.start(), q.end(), q.text(), person.name(), person.start(), person.end(),
            q.verb(), q.direct()));
      }
      for (int i = verbs.size() - 1; i >= 0 && verbs.get(i).speaker() == role; i--) {
        verbs.set(i, new VerbAt(verbs.get(i).at(), verbs.get(i).lemma(), person));
      }
    }

    /**
     * A sentence with no reported speech whose source trails it («...، وفق مصدر»). The source is never
     * the carried speaker: one that names no one stays unknown.
     */
    private void attributed(int from, int to) {
      SourceAttribution.Found found = sources.find(from, to);
      if (found == null) return;
      // A place may be the source here: «بحسب موسكو».
      Speaker source = found.sourceStart() < to ? speakers.after(found.sourceStart(), to, true) : null;
      int end = w.end(found.marker() - 1);
      while (end < w.start(found.marker()) && Chars.isCloser(text.charAt(end))) end++;
      add(w.start(from), end, found.lemma(), false, source);
    }

    /** Statements in quote marks that no cue led to, given the verb before them in their sentence. */
    private void bare() {
      List<Quote> reported = new ArrayList<>(out);
      int r = 0;
      int s = 0;
      int verb = -1;
      for (QuotedSpan q : quotes.spans) {
        while (r < reported.size() && reported.get(r).end() < q.open()) r++;
        if (r < reported.size() && reported.get(r).start() <= q.close()) continue;
        if (!quotes.isStatement(q) || isHeading(q)) continue;
        while (s < sentences.size() && sentences.get(s).end() <= q.open()) s++;
        while (verb + 1 < verbs.size() && verbs.get(verb + 1).at() < q.open()) verb++;
        VerbAt v = s < sentences.size() ? verbFor(q, sentences.get(s), verb) : null;
        if (v != null) add(q.innerStart(), q.innerEnd(), v.lemma(), true, v.speaker());
        else if (quotes.isStatementWithoutVerb(q)) add(q.innerStart(), q.innerEnd(), null, true, null);
      }
    }

    /**
     * The verb a bare quote belongs to: the last one before it in its sentence («أفاد ... عن «...»»), else
     * one right after it («"..."، قال الوزير»). {@code before} indexes the last verb before the quote.
     */
    private VerbAt verbFor(QuotedSpan q, Span sentence, int before) {
      if (before >= 0 && verbs.get(before).at() >= sentence.start()) return verbs.get(before);
      if (before + 1 >= verbs.size()) return null;
      VerbAt next = verbs.get(before + 1);
      return next.at() < sentence.end() && !hasLetter(q.close() + 1, next.at()) ? next : null;
    }

    /** A quote alone on its line is a subheading («"قصف غير طبيعي"»), the editor's words. */
    private boolean isHeading(QuotedSpan q) {
      int lineStart = text.lastIndexOf('\n', q.open()) + 1;
      int lineEnd = text.indexOf('\n', q.close());
      if (lineEnd < 0) lineEnd = text.length();
      return !hasLetter(lineStart, q.open()) && !hasLetter(q.close() + 1, lineEnd);
    }

    private int words(int from, int to) {
      return QuoteMarks.words(text, new QuotedSpan(from - 1, to));
    }

    private boolean hasLetter(int from, int to) {
      for (int i = from; i < to; i++) {
        if (Character.isLetterOrDigit(text.charAt(i))) return true;
      }
      return false;
    }

    private void add(int start, int end, String verb, boolean direct, Speaker speaker) {
      Speaker sp = speaker == null ? Speaker.UNKNOWN : speaker;
      out.add(new Quote(start, end, text.substring(start, end), sp.name(), sp.start(), sp.end(), verb,
          direct));
    }
  }

  /** A speech verb met in the text, with the speaker it was given. */
  private record VerbAt(int at, String lemma, Speaker speaker) {}
}
