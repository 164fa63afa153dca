package org.marsad.core.disagreements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.figures.Figure;
import org.marsad.core.figures.FigureExtractor;
import org.marsad.core.model.Article;
import org.marsad.core.model.RawArticle;

/** The countries at the Paris meeting, as seeds 001 and 002 list them. */
class NamedListsTest {

  private static final FigureExtractor FIGURES = new FigureExtractor();
  private static final NamedListFinder LISTS = new NamedListFinder();

  private static List<ListClaim> lists(Article a, String outlet) {
    List<ListClaim> out = new ArrayList<>();
    for (Figure f : FIGURES.extract(a)) {
      NamedList l = LISTS.find(a, f);
      if (l != null) out.add(new ListClaim(a.id(), outlet, l, a.text().substring(l.start(), l.end())));
    }
    return out;
  }

  private static List<String> names(NamedList l) {
    return l.members().stream().map(NamedList.Member::name).toList();
  }

  @Test
  void seed001ListsFiveWesternCountriesButNamesFour() {
    // «ممثلو 5 دول غربية هي أميركا وبريطانيا وألمانيا وإيطاليا و4 دول عربية هي السعودية والإمارات وقطر
    // والأردن، كما يشارك ...»: two lists; «و4» ends the first, the comma and «كما» the second.
    List<ListClaim> found = lists(Seeds.analyzed(1), "001");
    assertEquals(2, found.size(), found.toString());
    NamedList western = found.get(0).list();
    assertEquals(5, western.count());
    assertEquals("غربية", western.qualifier());
    assertEquals(List.of("أميركا", "بريطانيا", "ألمانيا", "إيطاليا"), names(western));
    NamedList arab = found.get(1).list();
    assertEquals(4, arab.count());
    assertEquals(List.of("السعودية", "الإمارات", "قطر", "الأردن"), names(arab));
    // Offsets slice the text.
    String text = Seeds.analyzed(1).text();
    for (NamedList.Member m : western.members()) assertEquals(m.name(), text.substring(m.start(), m.end()));
  }

  @Test
  void theSeedsArabListsAgreeAndTheWesternCountIsFlagged() {
    // 002: «وأربع دول عربية هي: المملكة وقطر والإمارات والأردن الأوضاع ...»: «المملكة» is how a Saudi paper
    // names Saudi Arabia, so it agrees with 001's «السعودية». 001's five western countries are named as four
    // (France, the host, is missing): a list at odds with its own count.
    List<ListClaim> claims = new ArrayList<>(lists(Seeds.analyzed(1), "001"));
    List<ListClaim> from002 = lists(Seeds.analyzed(2), "002");
    assertEquals(1, from002.size());
    assertEquals(List.of("المملكة", "قطر", "الإمارات", "الأردن"), names(from002.get(0).list()));
    claims.addAll(from002);
    // 000 says «عشر دول غربية وعربية تدعم ...»: a count with no list.
    assertTrue(lists(Seeds.analyzed(0), "000").isEmpty());
    List<ListDisagreement> found = new ListDisagreementFinder().find(claims);
    assertEquals(1, found.size(), found.toString());
    assertEquals("count_vs_named", found.get(0).reason());
    assertEquals("غربية", found.get(0).qualifier());
  }

  @Test
  void listsOfOneGroupWithDifferentMembersDisagree() {
    Article a = article("شارك في الاجتماع ممثلو ثلاث دول عربية هي مصر والأردن ولبنان، إلى جانب الأمم المتحدة.");
    Article b = article("حضر الاجتماع وزراء ثلاث دول عربية هي: مصر، والأردن والعراق.");
    List<ListClaim> claims = new ArrayList<>(lists(a, "x"));
    claims.addAll(lists(b, "y"));
    assertEquals(2, claims.size(), claims.toString());
    List<ListDisagreement> found = new ListDisagreementFinder().find(claims);
    assertEquals(1, found.size(), found.toString());
    assertEquals("members", found.get(0).reason());
    assertEquals(List.of("لبنان", "العراق"), found.get(0).unshared());
    // «بينها» (among them) gives part of a list: nothing to hold against a whole one.
    assertNull(LISTS.find(article("وشاركت عشر دول بينها مصر والأردن."), FIGURES.extract(
        article("وشاركت عشر دول بينها مصر والأردن.")).get(0)));
  }

  private static Article article(String text) {
    return Seeds.ANALYZER.analyze(new RawArticle(null, "t", null, null, null, text, false, "t", "jsonl"));
  }
}
