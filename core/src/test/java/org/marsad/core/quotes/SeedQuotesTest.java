package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.marsad.core.quotes.Quotes.startingWith;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Who said what in the five seeds, each expected value read off the seed text. */
class SeedQuotesTest {

  @Test
  void kerryOpensSeed0WithReportedSpeechCutBeforeTheParticiple() {
    List<Quote> quotes = TaggedSeeds.seed(0).quotes();
    // «قال وزير الخارجية الأمريكي، جون\nكيري، السبت، إن "القصف العشوائي" الذي ...، داعيا روسيا»: the
    // clause after إن runs to «جرائم حرب»; «داعيا روسيا ...» is the paper's gloss, not Kerry's claim.
    Quote q = quotes.get(0);
    assertEquals("قال", q.verb());
    assertEquals("جون\nكيري", q.speaker());
    assertFalse(q.direct(), "two quoted words are a scare quote inside the clause, not the statement");
    assertTrue(q.text().startsWith("\"القصف العشوائي\" الذي يقوم به"), q.text());
    assertTrue(q.text().endsWith("يرقى إلى جرائم ضد الإنسانية وجرائم حرب"), q.text());
  }

  @Test
  void wadafCarriesKerryIntoHisDirectQuote() {
    List<Quote> quotes = TaggedSeeds.seed(0).quotes();
    // «وأضاف في ختام اجتماع ... أن "القصف العشوائي من قبل النظام ..."»: no subject, so still Kerry; the
    // clause is all in quote marks, so it is his own words.
    Quote q = startingWith(quotes, "القصف العشوائي من قبل النظام");
    assertEquals("أضاف", q.verb());
    assertEquals("جون\nكيري", q.speaker());
    assertTrue(q.direct());
    assertEquals("القصف العشوائي من قبل النظام ينتهك القوانين أو في كثير من الحالات يعدّ جرائم ضد الإنسانية،"
        + " وجرائم حرب", q.text());
    // «ودعا روسيا إلى "بذل قصارى جهدها لإنهاء ذلك"»: Russia is whom he called on, not a new speaker.
    Quote call = startingWith(quotes, "بذل قصارى جهدها");
    assertEquals("دعا", call.verb());
    assertEquals("جون\nكيري", call.speaker());
  }

  @Test
  void civilDefenceSpokesmanIsNamedAfterHisRoleAndHisQuoteCrossesASentenceStop() {
    List<Quote> quotes = TaggedSeeds.seed(0).quotes();
    // «ووصف المتحدث باسم الدفاع المدني ... "الخوذ البيضاء"، إبراهيم أبو الليث، القصف بأنه "غير طبيعي"».
    Quote described = startingWith(quotes, "غير طبيعي");
    assertEquals("وصف", described.verb());
    assertEquals("إبراهيم أبو الليث", described.speaker());
    // «وأوضح ... أن "الشوارع امتلأت ... الأنقاض. إنهم يموتون ..."»: the quote holds two sentences.
    Quote q = startingWith(quotes, "الشوارع امتلأت");
    assertEquals("أوضح", q.verb());
    assertEquals("إبراهيم أبو الليث", q.speaker());
    assertTrue(q.text().endsWith("إنهم يموتون لأننا غير قادرين على انتشالهم"), q.text());
  }

  @Test
  void ayraultAnnouncesInSeed0() {
    // «وأعلن وزير الخارجية الفرنسي، جان مارك أيرولت، بعد لقاء باريس، أن المعارضة "على استعداد ..."».
    Quote q = startingWith(TaggedSeeds.seed(0).quotes(), "المعارضة \"على استعداد");
    assertEquals("أعلن", q.verb());
    assertEquals("جان مارك أيرولت", q.speaker());
    assertFalse(q.direct(), "«المعارضة» is the paper's word before the quote marks open");
  }

  @Test
  void seed1GivesEachMinisterHisOwnStatements() {
    List<Quote> quotes = TaggedSeeds.seed(1).quotes();
    // «شدد وزير الخارجية القطري محمد بن عبد الرحمن آل ثاني شدد على ...، مؤكدا أن ما يجري في حلب ...»:
    // the participle speaks for the subject named before the repeated verb.
    Quote qatar = startingWith(quotes, "ما يجري في حلب هو إبادة جماعية");
    assertEquals("أكد", qatar.verb());
    assertEquals("محمد بن عبد الرحمن آل ثاني", qatar.speaker());
    // «وأضاف خلال مؤتمر صحافي في ختام اجتماعات "أصدقاء سوريا" ...»: a quoted name inside the subject
    // does not stop the search for أن, and the statement stays Ayrault's.
    assertEquals("جان مارك إيرولت", startingWith(quotes, "ما يجري في حلب يشبه").speaker());
    // «ومن جانبه، قال وزير الخارجية الألماني، فرانك فالتر شتاينماير، إن سكان ...» then «وأضاف أن اجتماع».
    assertEquals("فرانك فالتر شتاينماير", startingWith(quotes, "سكان شرق حلب").speaker());
    assertEquals("فرانك فالتر شتاينماير", startingWith(quotes, "اجتماع باريس قيم").speaker());
  }

  @Test
  void theAmericanMinisterResolvesToKerry() {
    List<Quote> quotes = TaggedSeeds.seed(1).quotes();
    String text = TaggedSeeds.seed(1).article().text();
    // «وأضاف الوزير الأميركي، الذي من المقرر أن يغادر باريس ...: "نعمل بجهد ..."»: the role names no
    // one, the text last named «وزير الخارجية الأميركي جون كيري»; the أن of the relative clause is no cue.
    Quote q = startingWith(quotes, "نعمل بجهد مع أناس");
    assertEquals("أضاف", q.verb());
    assertEquals("جون كيري", q.speaker());
    assertEquals("جون كيري", text.substring(q.speakerStart(), q.speakerEnd()));
    assertTrue(q.speakerStart() < q.start(), "the name is the one written before the quote");
    // «وتابع قائلاً إن "..."» and «كما أشار: "..."» carry him on.
    assertEquals("جون كيري", startingWith(quotes, "ما يجري في حلب هو أسوأ كارثة").speaker());
    assertEquals("جون كيري", startingWith(quotes, "أعلم بأن الناس سئموا").speaker());
  }

  @Test
  void seed2AttributesABareQuoteToTheVerbBeforeIt() {
    List<Quote> quotes = TaggedSeeds.seed(2).quotes();
    // «فيما أفاد مدير المرصد السوري رامي عبد الرحمن عن «فرار أكثر من ألفي مدني»»: no إن/أن, but the
    // quote follows his verb in the same sentence.
    Quote q = startingWith(quotes, "فرار أكثر من ألفي مدني");
    assertEquals("أفاد", q.verb());
    assertEquals("رامي عبد الرحمن", q.speaker());
    assertTrue(q.direct());
    // «وقال دبلوماسيون غربيون وصفوا المناقشات ...: إن رسالتهم كانت ...»: unnamed, so described.
    Quote diplomats = startingWith(quotes, "رسالتهم كانت");
    assertEquals("دبلوماسيون غربيون", diplomats.speaker());
    // «وأضاف كارتر -الذي كان يتحدث ...- أن الولاياتالمتحدة سترسل مائتي جندي».
    assertEquals("كارتر", startingWith(quotes, "الولاياتالمتحدة سترسل").speaker());
  }

  @Test
  void seed3AbdahAndHisParticiple() {
    List<Quote> quotes = TaggedSeeds.seed(3).quotes();
    // «واضاف انس العبدة في اسطنبول ان "النظام لا يرغب ..."، معتبرا ان على الولايات المتحدة ...».
    Quote q = startingWith(quotes, "النظام لا يرغب في حل سياسي");
    assertEquals("أضاف", q.verb());
    assertEquals("انس العبدة", q.speaker());
    assertTrue(q.direct());
    Quote participle = startingWith(quotes, "على الولايات المتحدة انقاذ");
    assertEquals("اعتبر", participle.verb());
    assertEquals("انس العبدة", participle.speaker());
    // «واعتبر رئيس الائتلاف الوطني السوري، جماعة المعارضة الرئيسية في المنفى، ان فرص ...» just before:
    // the follow-up «واضاف انس العبدة» names the head of the coalition.
    Quote head = startingWith(quotes, "فرص التوصل الى حل سياسي");
    assertEquals("اعتبر", head.verb());
    assertEquals("انس العبدة", head.speaker());
    // «وعقد كيري محادثات ... مع دي ميستورا ومنسق المعارضة السورية رياض حجاب، وقال لهم "ان وضع حد ..."»:
    // «لهم» is whom he told; the subject is the sentence's first, Kerry.
    assertEquals("كيري", startingWith(quotes, "ان وضع حد للعنف").speaker());
  }

  @Test
  void seed4ResolvesTheFrenchMinisterAndKeepsTheAnonymousSourceUnknown() {
    List<Quote> quotes = TaggedSeeds.seed(4).quotes();
    // «وقال وزير الخارجية الفرنسي إن المجتمع الدولي ...»: earlier «مع وزير الخارجية الفرنسي جان مارك أيرو».
    Quote minister = startingWith(quotes, "المجتمع الدولي يجب ألا");
    assertEquals("جان مارك أيرو", minister.speaker());
    // «وتابع: "سنرى ..."» carries him on.
    assertEquals("جان مارك أيرو", startingWith(quotes, "سنرى ما الذي").speaker());
    // «وقال المصدر الذي لم يشأ كشف هويته إن "لقاءات عدة ..."»: anonymous, and «وأضاف أن الإجتماع الأخير»
    // carries the unknown on instead of falling back to the minister.
    Quote source = startingWith(quotes, "لقاءات عدة عقدت في أنقرة");
    assertNull(source.speaker());
    assertEquals(-1, source.speakerStart());
    Quote more = startingWith(quotes, "الإجتماع الأخير حصل الإثنين");
    assertEquals("أضاف", more.verb());
    assertNull(more.speaker());
    // «وأضاف حسن، الذي لم يتمكن من العودة ...، أن عشرات المدنيين ...»: the relative clause is skipped.
    assertEquals("حسن", startingWith(quotes, "عشرات المدنيين قُتلوا").speaker());
  }

  @Test
  void everyQuoteIsTheSliceItsOffsetsName() {
    for (int n = 0; n < 5; n++) {
      HandTagged seed = TaggedSeeds.seed(n);
      String text = seed.article().text();
      for (Quote q : seed.quotes()) {
        assertEquals(text.substring(q.start(), q.end()), q.text());
        if (q.speaker() == null) {
          assertEquals(-1, q.speakerStart());
          assertEquals(-1, q.speakerEnd());
        } else {
          assertEquals(q.speaker(), text.substring(q.speakerStart(), q.speakerEnd()));
        }
      }
    }
  }
}
