package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What stands right after a speech verb decides between a named, a described, a carried or no speaker. */
class SubjectAfterVerbTest {

  /** A named speaker first, so each case shows whether the next statement carries him on. */
  private static final String MINISTER_SPEAKS = "وقال الوزير سامي نادر إن الوضع مستقر تماما. ";

  /** The quotes of the minister's sentence then {@code next}, with his name and {@code places} tagged. */
  private static List<Quote> afterMinister(String next, String... places) {
    HandTagged t = HandTagged.text(MINISTER_SPEAKS + next).tag("PER", "سامي نادر");
    return (places.length == 0 ? t : t.tag("LOC", places)).quotes();
  }

  @Test
  void aTitleTheListsLackStillLeadsToTheName() {
    // «الجنرال» is no role head, but a name follows it within two words.
    Quote q = HandTagged.text("قال الجنرال جوزيف فوتيل، قائد القيادة المركزية، إن الهجوم كان متوقعا.")
        .tag("PER", "جوزيف فوتيل").quotes().get(0);
    assertEquals("جوزيف فوتيل", q.speaker());
  }

  @Test
  void anUnnamedSubjectIsUnknownNotTheLastSpeaker() {
    // «إدوار» is a subject the tagger missed: the statement is his, not the minister's before him.
    List<Quote> quotes = afterMinister("وقال إدوار إنه شعر بالقلق الشديد.");
    assertEquals("سامي نادر", quotes.get(0).speaker());
    assertEquals("شعر بالقلق الشديد", quotes.get(1).text());
    assertNull(quotes.get(1).speaker());
  }

  @Test
  void anInstitutionIsADescribedSpeaker() {
    // «وذكرت الصحيفة أن ...»: the paper, described, rather than whoever spoke before.
    List<Quote> quotes = afterMinister("وذكرت الصحيفة أن الاجتماع تأجل إلى الأسبوع المقبل.");
    assertEquals("الصحيفة", quotes.get(1).speaker());
  }

  @Test
  void aCountryAfterAMasculineVerbLeavesTheSpeakerCarried() {
    // «ودعا روسيا إلى ...»: Russia is whom he called on; the speaker is the minister still.
    List<Quote> quotes = afterMinister("ودعا روسيا إلى وقف القصف فورا.", "روسيا");
    assertEquals("وقف القصف فورا", quotes.get(1).text());
    assertEquals("سامي نادر", quotes.get(1).speaker());
  }

  @Test
  void reportsAreAnUnknownSourceNeverTheLastSpeaker() {
    // «وأفادت تقارير أن ...»: reports are someone unnamed, so not the minister carried over.
    Quote q = afterMinister("وأفادت تقارير أن القوات تقدمت نحو المدينة.").get(1);
    assertEquals("أفاد", q.verb());
    assertEquals("القوات تقدمت نحو المدينة", q.text());
    assertNull(q.speaker());
  }

  @Test
  void aFeminineRoleLeadsToTheNameAfterIt() {
    // «الخبيرة» is «خبير» in the feminine; the name after it is the speaker.
    Quote q = HandTagged.text("وتقول الخبيرة الهولندية فيلمين أيردتس من جامعة ليدن إن الأجهزة لا تعتقل أحدا.")
        .tag("PER", "فيلمين أيردتس").quotes().get(0);
    assertEquals("فيلمين أيردتس", q.speaker());
    assertEquals("قال", q.verb());
  }
}
