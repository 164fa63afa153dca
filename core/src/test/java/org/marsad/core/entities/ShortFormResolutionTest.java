package org.marsad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Short and long forms of persons' names: a role is not part of a name; a short form goes to the full
 * name its own article gives, else, across the corpus, only to the one person it can be.
 */
class ShortFormResolutionTest {

  private final EntityResolver resolver = new EntityResolver();

  private static void assertIsNone(String id, String... others) {
    for (String other : others) assertNotEquals(other, id);
  }

  @Test
  void aTitledShortAndFullFormAreOnePerson() {
    // Seed 001 introduces Kerry twice as «وزير الخارجية الأميركي، جون كيري»; 000 as «جون⏎كيري».
    var s0 = TextMentions.seed(0).per("جون\nكيري", "كيري").addTo(resolver);
    var s1 = TextMentions.seed(1).per("وزير الخارجية الأميركي، جون كيري", "كيري").addTo(resolver);
    String kerry = s0.id("جون\nكيري");
    assertEquals(List.of(kerry), s1.ids("وزير الخارجية الأميركي، جون كيري"));
    assertEquals(List.of(kerry), s1.ids("كيري"));
    // The role is no name, and «كيري» is contained in «جون كيري».
    assertEquals("جون كيري", resolver.get(kerry).name());
  }

  @Test
  void aBareSurnameInAnotherArticleGoesToTheOnlyPersonWithIt() {
    String kerry = TextMentions.seed(2).per("جون كيري").addTo(resolver).id("جون كيري");
    // A sentence of seed 003, without Kerry's full name.
    var b = TextMentions.in("b", "وكرر كيري دعوة روسيا الى اتخاذ التدابير اللازمة").per("كيري").addTo(resolver);
    assertEquals(kerry, b.id("كيري"));
  }

  @Test
  void aSurnameSeenBeforeTheFullNameIsJoinedByIt() {
    String bare = TextMentions.in("a", "وكرر كيري دعوة روسيا الى اتخاذ التدابير اللازمة").per("كيري")
        .addTo(resolver).id("كيري");
    var s3 = TextMentions.seed(3).per("جون كيري", "كيري").addTo(resolver);
    // No other known name ends with «كيري», so the full name says who the bare one was.
    assertEquals(bare, s3.id("جون كيري"));
    assertEquals(List.of(bare), s3.ids("كيري"));
    assertEquals("جون كيري", resolver.get(bare).name());
  }

  @Test
  void theSameArticleDecidesBeforeTheCorpus() {
    String other = TextMentions.in("a", "وقال الكاتب محمد حسن إن المفاوضات متعثرة").per("محمد حسن")
        .addTo(resolver).id("محمد حسن");
    var s4 = TextMentions.seed(4).per("بريتا حاجي حسن", "حسن").addTo(resolver);
    // Seed 004's «وقال حسن» is Brita Hagi Hasan, named in full in the same article.
    assertEquals(List.of(s4.id("بريتا حاجي حسن")), s4.ids("حسن"));
    // Elsewhere a bare «حسن» could be either: it goes to neither.
    String bare = TextMentions.in("c", "وقال حسن إن المدنيين يناشدون العالم").per("حسن").addTo(resolver).id("حسن");
    assertIsNone(bare, other, s4.id("حسن"));
  }

  @Test
  void aCommonGivenNameAloneIsNobodyInParticularAcrossArticles() {
    // «حسن» is Brita Hagi Hasan's family name, but also the given name of countless others: unlike
    // «كيري», a bare «حسن» elsewhere is not linked to the only «… حسن» known, whichever comes first.
    String before = TextMentions.in("a", "وقال حسن إن المدنيين يناشدون العالم").per("حسن").addTo(resolver).id("حسن");
    var s1 = TextMentions.seed(1).per("بريتا حجي حسن").addTo(resolver);
    String after = TextMentions.in("c", "وأضاف حسن أن الهدنة انهارت").per("حسن").addTo(resolver).id("حسن");
    assertIsNone(s1.id("بريتا حجي حسن"), before, after);
  }

  @Test
  void twoMohammedsStayTwoAndABareMohammedNeedsExactlyOneInItsArticle() {
    var both = TextMentions.in("a", "والتقى ولي العهد السعودي محمد بن سلمان الرئيس المصري محمد مرسي. وقال محمد إن")
        .per("محمد بن سلمان", "محمد مرسي", "محمد").addTo(resolver);
    String mbs = both.id("محمد بن سلمان");
    String morsi = both.id("محمد مرسي");
    assertNotEquals(mbs, morsi);
    // The article names two Mohammeds: its bare «محمد» is neither.
    assertIsNone(both.id("محمد"), mbs, morsi);

    var onlyMorsi = TextMentions.in("b", "وقال محمد مرسي في خطابه إن مصر لن تتخلى عن غزة، وأضاف محمد أن")
        .per("محمد مرسي", "محمد").addTo(resolver);
    // Here only Morsi is named: the given name alone is him.
    assertEquals(List.of(morsi), onlyMorsi.ids("محمد"));

    var none = TextMentions.in("c", "وقال محمد إن الاجتماع انتهى").per("محمد").addTo(resolver);
    // Across articles a given name alone is never expanded.
    assertIsNone(none.id("محمد"), mbs, morsi);
  }

  @Test
  void aFamilyNameGoesToTheNearestBearerBeforeItInItsArticleOnly() {
    var a = TextMentions.in("a", "وقال جورج بوش إن الحرب انتهت، بينما قال جيب بوش إن الحملة بدأت، وأضاف بوش أن")
        .per("جورج بوش", "جيب بوش", "بوش").addTo(resolver);
    String george = a.id("جورج بوش");
    String jeb = a.id("جيب بوش");
    assertNotEquals(george, jeb);
    // The bare «بوش» follows Jeb's name: he is the nearest Bush before it.
    assertEquals(jeb, a.id("بوش"));
    // Before any full name, the nearest one after it: here George, named first.
    var d = TextMentions.in("d", "وقال بوش إن العراق تغير، وكان جورج بوش قد زار بغداد قبل أن يلتقي جيب بوش")
        .per("بوش", "جورج بوش", "جيب بوش").addTo(resolver);
    assertEquals(george, d.id("بوش"));

    var b = TextMentions.in("b", "وقال بوش إن الاقتصاد يتعافى").per("بوش").addTo(resolver);
    var c = TextMentions.in("c", "وأكد بوش أن الانتخابات ستجري في موعدها").per("بوش").addTo(resolver);
    // With no Bush named in full, a bare «بوش» is neither; the ambiguous bare mentions stay together.
    assertIsNone(b.id("بوش"), george, jeb);
    assertEquals(b.id("بوش"), c.id("بوش"));
  }

  @Test
  void aShortFormNeverCutsANameAfterABindingParticle() {
    var a = TextMentions.in("a", "وقالت مارين لو بان إن فرنسا يجب أن تغلق حدودها").per("مارين لو بان").addTo(resolver);
    // «لو بان» is how the press calls her; «بان» alone is not (it is also Ban Ki-moon's name).
    var b = TextMentions.in("b", "وانتقدت لو بان الحكومة، فيما دعا بان إلى الحوار").per("لو بان", "بان").addTo(resolver);
    String lePen = a.id("مارين لو بان");
    assertEquals(lePen, b.id("لو بان"));
    assertNotEquals(lePen, b.id("بان"));
  }
}
