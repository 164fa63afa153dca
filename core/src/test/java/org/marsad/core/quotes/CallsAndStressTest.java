package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.quotes.Quotes.startingWith;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * «دعا ... إلى», «شدد على», «أفاد ...، بـ»: what these verbs report comes after a preposition, not after أن.
 */
class CallsAndStressTest {

  @Test
  void aCountryCallsAfterAFeminineVerb() {
    // Seed 3 opens «دعت الولايات المتحدة الى وقف عمليات القصف على مدينة حلب ...»: the call is the clause
    // after الى, and the country is the subject of the feminine verb.
    Quote q = TaggedSeeds.seed(3).quotes().get(0);
    assertEquals("دعا", q.verb());
    assertEquals("الولايات المتحدة", q.speaker());
    assertTrue(q.text().startsWith("وقف عمليات القصف على مدينة حلب المدمرة"), q.text());
    // Seed 4: «ودعت فرنسا التي تدعم المعارضة السورية إلى اجتماع لمجلس الأمن الدولي ...».
    assertEquals("فرنسا", startingWith(TaggedSeeds.seed(4).quotes(), "اجتماع لمجلس الأمن").speaker());
  }

  @Test
  void aCountryAfterAMasculineVerbIsWhomHeCalledOn() {
    // Seed 0: «...، داعيا روسيا إلى محاولة وقف ذلك»: Kerry's call, Russia its addressee.
    Quote q = startingWith(TaggedSeeds.seed(0).quotes(), "محاولة وقف ذلك");
    assertEquals("دعا", q.verb());
    assertEquals("جون\nكيري", q.speaker());
  }

  @Test
  void hasanCallsAndCallsAgain() {
    List<Quote> quotes = TaggedSeeds.seed(4).quotes();
    // «دعا بريتا حاجي حسن، رئيس المجلس المحلي ...، اليوم (الأربعاء) 30 نوفمبر/ تشرين الثاني 2016، إلى
    // وقف ...».
    assertEquals("بريتا حاجي حسن", startingWith(quotes, "وقف هجوم الحكومة على شرق حلب").speaker());
    // «ودعا إلى إنشاء ممرات آمنة ...»: no subject, still Hasan.
    assertEquals("حسن", startingWith(quotes, "إنشاء ممرات آمنة").speaker());
  }

  @Test
  void shaddadaAlaGivesTheQatariMinistersStress() {
    // Seed 1: «شدد وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني شدد على ضرورة إيجاد حل سياسي ...،
    // مؤكدا أن ...»: the stress runs to the comma before the participle.
    Quote q = startingWith(TaggedSeeds.seed(1).quotes(), "ضرورة إيجاد حل سياسي");
    assertEquals("شدد", q.verb());
    assertEquals("محمد بن عبد الرحمن آل ثاني", q.speaker());
    assertEquals("ضرورة إيجاد حل سياسي في سوريا بدلا من الحل العسكري", q.text());
  }

  @Test
  void aParticipleWithNoSpeechVerbInItsSentenceSpeaksForNoOne() {
    // Seed 3: «انتشر هاشتاغ "#حلب تحترق" ...، داعيا الى تظاهرات تضامن ...»: the hashtag calls, not the
    // last speaker (the observatory, two paragraphs up).
    assertTrue(Quotes.noneStartsWith(TaggedSeeds.seed(3).quotes(), "تظاهرات تضامن"));
  }

  @Test
  void witnessesReportAfterBa() {
    // Seed 0: «وأفاد شهود عيان غرب حلب، بتحليق كثيف للطائرات الحربية ...»: unnamed witnesses, described;
    // where they stand («غرب حلب») is not part of who they are.
    Quote q = startingWith(TaggedSeeds.seed(0).quotes(), "تحليق كثيف للطائرات الحربية");
    assertEquals("أفاد", q.verb());
    assertEquals("شهود عيان", q.speaker());
    // Seed 2: «أفاد المرصد السوري ... السبت، عن قصف ... صباح أمس، الأحياء ...، بينها أحياء الفردوس»: past
    // the first comma a بـ word belongs to the clause, so no quote starts inside «بينها».
    assertTrue(Quotes.noneStartsWith(TaggedSeeds.seed(2).quotes(), "ينها"));
  }

  @Test
  void kerryRepeatsHisCall() {
    // Seed 3: «وكرر كيري دعوة روسيا الى "اتخاذ التدابير اللازمة ..."»: repeating a call is making it.
    Quote q = startingWith(TaggedSeeds.seed(3).quotes(), "اتخاذ التدابير اللازمة");
    assertEquals("كرر", q.verb());
    assertEquals("كيري", q.speaker());
    assertTrue(q.direct());
  }
}
