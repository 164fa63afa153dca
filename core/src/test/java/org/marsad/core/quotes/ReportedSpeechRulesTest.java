package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules on hand-made sentences, for the cases the seeds do not hold. */
class ReportedSpeechRulesTest {

  private static List<Quote> quotes(String text) {
    return HandTagged.text(text).quotes();
  }

  @Test
  void scareQuotesAndTitlesAreNoStatements() {
    // Two quoted words: a slogan, as seed 3's «"#حلب تحترق"»; it names no statement.
    assertTrue(quotes("انتشر هاشتاغ \"حلب تحترق\" على الشبكات الاجتماعية.").isEmpty());
  }

  @Test
  void aQuoteWithNoVerbNeedsFiveWords() {
    List<Quote> quotes =
        quotes("ورفع المتظاهرون لافتات كتب عليها «لا للحرب ولا للحصار بعد اليوم» أمام السفارة.");
    assertEquals(1, quotes.size(), quotes::toString);
    Quote q = quotes.get(0);
    assertEquals("لا للحرب ولا للحصار بعد اليوم", q.text());
    assertTrue(q.direct());
    assertNull(q.verb());
    assertNull(q.speaker());
    // Three words and no verb: a group's name, not a statement.
    assertTrue(quotes("وتبنت جماعة «أنصار بيت المقدس» الهجوم على الحافلة.").isEmpty());
  }

  @Test
  void curlyQuotesAfterAColonAndADescribedSpeaker() {
    // «ويقول السفير الفرنسي: “...”»: present tense, a role with no name, English-style quote marks.
    Quote q = quotes("ويقول السفير الفرنسي: “سنعود إلى طاولة الحوار قريبا”.").get(0);
    assertEquals("قال", q.verb());
    assertEquals("السفير الفرنسي", q.speaker());
    assertEquals("سنعود إلى طاولة الحوار قريبا", q.text());
    assertTrue(q.direct());
  }

  @Test
  void aLaterBareRoleResolvesToTheNameGivenWithIt() {
    String text = "وصل وزير الخارجية الفرنسي جان مارك أيرولت إلى بيروت. وقال الوزير إن بلاده تدعم الحوار.";
    Quote q = HandTagged.text(text).tag("PER", "جان مارك أيرولت").quotes().get(0);
    // «الوزير» names no one; the text named «جان مارك أيرولت» with the role «وزير الخارجية الفرنسي».
    assertEquals("جان مارك أيرولت", q.speaker());
    assertEquals(text.indexOf("جان"), q.speakerStart());
  }

  @Test
  void aSentenceHeadingInQuoteMarksIsTheEditorsNotAQuote() {
    // Seed 0's subheading «"قصف غير طبيعي"» stands alone on its line.
    assertTrue(Quotes.noneStartsWith(TaggedSeeds.seed(0).quotes(), "قصف غير طبيعي"));
  }

  @Test
  void aQuoteBeforeItsVerbTakesThatVerbsSpeaker() {
    // «"..."، قال المتحدث باسم الجيش»: the verb follows the quote in the same sentence.
    Quote q = quotes("«لن نتراجع عن هذا القرار»، قال المتحدث باسم الجيش.").get(0);
    assertEquals("لن نتراجع عن هذا القرار", q.text());
    assertEquals("قال", q.verb());
    assertEquals("المتحدث باسم الجيش", q.speaker());
  }

  @Test
  void whomHeSpokeToBeforeTheVerbIsNoSpeaker() {
    // «وفي حديثه لقناة الجزيرة، قال ...»: the channel heard him; with no one named before, unknown.
    Quote q = HandTagged.text("وفي حديثه لقناة الجزيرة، قال إن الحل السياسي ما زال ممكنا.")
        .tag("ORG", "الجزيرة").quotes().get(0);
    assertEquals("الحل السياسي ما زال ممكنا", q.text());
    assertNull(q.speaker());
  }

  @Test
  void moreVerbsOfReportingThatTakeAClause() {
    // Wire copy reports warnings, denials and demands with the same «... أن» clause as «قال».
    Quote warned = HandTagged.text("وحذر الأمين العام للأمم المتحدة بان كي مون من أن حلب قد تتحول إلى مقبرة عملاقة.")
        .tag("PER", "بان كي مون").quotes().get(0);
    assertEquals("حذر", warned.verb());
    assertEquals("بان كي مون", warned.speaker());
    assertTrue(warned.text().startsWith("حلب قد تتحول"), warned.text());
    Quote denied = HandTagged.text("ونفت وزارة الدفاع الروسية أن تكون طائراتها قصفت المستشفى.")
        .tag("ORG", "وزارة الدفاع الروسية").quotes().get(0);
    assertEquals("نفى", denied.verb());
    assertEquals("وزارة الدفاع الروسية", denied.speaker());
    Quote stated = HandTagged.text("وصرح المتحدث باسم الخارجية الفرنسية رومان نادال بأن باريس ستدعو إلى اجتماع.")
        .tag("PER", "رومان نادال").quotes().get(0);
    assertEquals("صرح", stated.verb());
    assertEquals("رومان نادال", stated.speaker());
  }
}
