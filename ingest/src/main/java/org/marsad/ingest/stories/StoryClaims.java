package org.marsad.ingest.stories;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.marsad.core.dates.PublicationDay;
import org.marsad.core.disagreements.Claim;
import org.marsad.core.disagreements.Disagreement;
import org.marsad.core.disagreements.DisagreementFinder;
import org.marsad.core.disagreements.ListClaim;
import org.marsad.core.disagreements.ListDisagreement;
import org.marsad.core.disagreements.ListDisagreementFinder;
import org.marsad.core.disagreements.NamedList;
import org.marsad.core.disagreements.NamedListFinder;
import org.marsad.core.figures.Figure;
import org.marsad.core.figures.FigureExtractor;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.quotes.Quote;
import org.marsad.core.quotes.QuoteExtractor;
import org.marsad.ingest.entities.EntityLinks;

/**
 * What a story's articles claim: who said what (speakers linked to entity ids where the speaker's span holds
 * a resolved mention), which figures they give, and where the figures disagree across articles. A
 * near-duplicate repeats its original's claims, so it is left out of the disagreements.
 */
final class StoryClaims {

  private static final QuoteExtractor QUOTES = new QuoteExtractor();
  private static final FigureExtractor FIGURES = new FigureExtractor();
  private static final DisagreementFinder DISAGREEMENTS = new DisagreementFinder();
  private static final NamedListFinder LISTS = new NamedListFinder();
  private static final ListDisagreementFinder LIST_DISAGREEMENTS = new ListDisagreementFinder();

  record Result(List<Story.QuoteLine> quotes, List<Story.FigureLine> figures,
      List<Story.DisagreementLine> disagreements) {}

  private StoryClaims() {}

  static Result of(List<Article> articles, EntityLinks entities) {
    List<Story.QuoteLine> quotes = new ArrayList<>();
    List<Story.FigureLine> figures = new ArrayList<>();
    List<Claim> claims = new ArrayList<>();
    List<ListClaim> lists = new ArrayList<>();
    for (Article a : articles) {
      List<Quote> found;
      List<Figure> given;
      try {
        found = QUOTES.extract(a);
        given = FIGURES.extract(a);
      } catch (RuntimeException e) {
        // A bug on one odd article must not sink the stories of a whole corpus: its claims are left out.
        System.err.println("marsad: " + a.id() + ": claims skipped: " + e);
        continue;
      }
      for (Quote q : found) {
        // The speaker as written, on one line («جون\nكيري» across a line break reads «جون كيري»).
        String speaker = q.speaker() == null ? null : q.speaker().strip().replaceAll("\\s+", " ");
        quotes.add(new Story.QuoteLine(speaker, speakerEntity(a, q, entities), q.verb(), q.text(), q.direct(),
            a.id(), q.start(), q.end(), q.speakerStart(), q.speakerEnd()));
      }
      for (Figure f : given) {
        figures.add(new Story.FigureLine(f.text(), f.value(), f.upper(), f.approx(), f.qualifier(), f.kind(),
            f.group(), f.place(), f.period(), a.id(), f.start(), f.end()));
        if (a.duplicateOf() == null) {
          LocalDate day = PublicationDay.of(a.published());
          claims.add(new Claim(a.id(), a.outlet(), day == null ? null : day.toString(), f.kind(), f.group(), f.place(), f.period(), f.value(), f.upper(),
              f.approx(), f.qualifier(), f.text(), f.start(), f.end()));
          NamedList list = LISTS.find(a, f);
          if (list != null) {
            lists.add(new ListClaim(a.id(), a.outlet(), list, a.text().substring(list.start(), list.end())));
          }
        }
      }
    }
    List<Story.DisagreementLine> disagreements = new ArrayList<>();
    for (Disagreement d : DISAGREEMENTS.find(claims)) {
      List<Story.ClaimLine> lines = new ArrayList<>();
      for (Claim c : d.claims()) {
        lines.add(new Story.ClaimLine(c.article(), c.outlet(), c.text(), c.value(), c.approx(), c.qualifier(),
            c.start(), c.end(), null));
      }
      disagreements.add(new Story.DisagreementLine(d.kind(), d.group(), d.place(), d.period(), "figures", List.of(),
          lines));
    }
    for (ListDisagreement d : LIST_DISAGREEMENTS.find(lists)) {
      List<Story.ClaimLine> lines = new ArrayList<>();
      for (ListClaim c : d.claims()) {
        List<String> members = c.list().members().stream().map(NamedList.Member::name).toList();
        lines.add(new Story.ClaimLine(c.article(), c.outlet(), c.text(), c.list().count(), false, null,
            c.list().start(), c.list().end(), members));
      }
      disagreements.add(new Story.DisagreementLine(d.kind(), d.qualifier(), null, null, d.reason(), d.unshared(),
          lines));
    }
    return new Result(quotes, figures, disagreements);
  }

  /** The entity id of the first resolved mention inside the speaker's span, or null. */
  private static String speakerEntity(Article a, Quote q, EntityLinks entities) {
    if (q.speakerStart() < 0) return null;
    List<Span> spans = a.spans(SpanKind.ENTITY);
    List<String> ids = entities.of(a.id());
    for (int i = 0; i < spans.size() && i < ids.size(); i++) {
      Span s = spans.get(i);
      if (ids.get(i) != null && s.start() >= q.speakerStart() && s.end() <= q.speakerEnd()) return ids.get(i);
    }
    return null;
  }
}
