package org.marsad.core.sentences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;
import org.marsad.core.model.Article;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;

/**
 * Sentence and paragraph counts of the five seeds, counted by hand from the files before the splitter was
 * run, and a few sentences pinned verbatim.
 */
class SeedSentencesTest {

  private static List<String> sentences(Article a) {
    return a.spans(SpanKind.SENTENCE).stream().map(s -> s.textOf(a.text())).toList();
  }

  /**
   * 000: 25 physical lines. Lines 1-4 are one hard-wrapped sentence (1). Lines 6 and 23 are «اقرأ أيضا»
   * links (0). The 19 other lines are one sentence each, including the sub-headings "\"قصف غير طبيعي\"" (14)
   * and "فرار المدنيين" (20), except line 17 ("...للفصائل المعارضة. وفي حال...") and line 22 ("...إلى الفرار.
   * وتوجه...") with two each; line 16's quote holds two sentences ("...الأنقاض. إنهم يموتون...") but is one
   * sentence of the reporting text. 1 + 19 + 2 = 22.
   */
  @Test
  void seed000() {
    Article a = Seeds.analyzed(0);
    assertEquals(22, a.spans(SpanKind.SENTENCE).size());
    // 22 paragraphs: lines 1-4 as one, then one per line 5-25 (21), read-also lines included.
    assertEquals(22, a.spans(SpanKind.PARAGRAPH).size());
    List<String> s = sentences(a);
    assertEquals("قال وزير الخارجية الأمريكي، جون\nكيري، السبت، إن \"القصف العشوائي\" الذي يقوم به\n"
        + "النظام السوري في\nحلب يرقى إلى جرائم ضد الإنسانية وجرائم حرب، داعيا روسيا إلى محاولة وقف ذلك.", s.get(0));
    assertTrue(s.contains("\"قصف غير طبيعي\""));
    assertTrue(s.contains("فرار المدنيين"));
    assertTrue(s.contains("وأوضح خلال تواجده في جنوب شرق حلب أن \"الشوارع امتلأت بالأشخاص العالقين تحت الأنقاض. "
        + "إنهم يموتون لأننا غير قادرين على انتشالهم\"."));
    assertTrue(s.contains("وتوجه معظمهم إلى أحياء تحت سيطرة قوات النظام."));
  }

  /**
   * 001: the title line (1), a blank line, then ONE physical line of 21 paragraphs joined by ".," (20
   * separators). Each paragraph is one sentence: the three with several sentences inside a quote (Kerry's
   * "...(..) وغداً...", "...قدماً. نحن قريبون...", "...الثانية. هذا أمر غير مقبول. هذا فظيع") stay whole, and
   * the "(..)" elision ends nothing. 1 + 21 = 22.
   */
  @Test
  void seed001() {
    Article a = Seeds.analyzed(1);
    assertEquals(22, a.spans(SpanKind.SENTENCE).size());
    assertEquals(22, a.spans(SpanKind.PARAGRAPH).size());
    List<String> s = sentences(a);
    assertEquals("اجتماع باريس يجدد دعمه للمعارضة السورية", s.get(0));
    // The ".," separator: the stop ends the sentence, the comma belongs to neither neighbour.
    assertEquals("اجتماع أصدقاء سوريا الذي التأم في العاصمة باريس، دعمه للمعارضة السورية في شتى الوسائل للتوصل "
        + "إلى حل سياسي للأزمة القائمة.", s.get(1));
    assertTrue(s.get(2).startsWith("وزير الخارجية الأميركي، جون كيري، اتهم"), s.get(2));
    assertEquals("وتابع قائلاً إن \"ما يجري في حلب هو أسوأ كارثة، ما يجري في سوريا هو أسوا كارثة منذ الحرب العالمية "
        + "الثانية. هذا أمر غير مقبول. هذا فظيع\".", s.get(17));
    assertTrue(s.get(15).contains("من دمار تام (..) وغداً سيكون"), s.get(15));
  }

  /**
   * 002: line 1 is the image notice (0); line 2 the headline, one sentence although it holds ".." between
   * sub-headlines (1); line 3 is the whole body on one line: 22 sentences, counting the quote
   * «الشوارع ... الأنقاض. إنهم ... انتشالهم». as one. The body's sub-headings ("قصف جديد وفرار للمدنيين",
   * "فرار المدنيين") have no line break or stop around them, so they open the next sentence: nothing in the
   * text marks them. 1 + 22 = 23.
   */
  @Test
  void seed002() {
    Article a = Seeds.analyzed(2);
    assertEquals(23, a.spans(SpanKind.SENTENCE).size());
    assertEquals(3, a.spans(SpanKind.PARAGRAPH).size());
    List<String> s = sentences(a);
    assertEquals("من ناحيته، قال المتحدث باسم الدفاع المدني في مناطق سيطرة المعارضة «الخوذ البيضاء»، إبراهيم أبو "
        + "الليث عبر الهاتف لوكالة فرانس برس: «القصف غير طبيعي».", s.get(14));
    assertTrue(s.get(18).startsWith("فرار المدنيين ومنذ بدء هجوم"), s.get(18));
  }

  /**
   * 003: blank-line separated. Title (1), then 21 paragraphs, of which 23 ("...على مدى ايام عدة. ولجأ...")
   * and 31 ("...فرانس برس. لكن الشوارع...") hold two sentences; the sub-headings "- الاستعداد لهجوم ضد حلب -"
   * and "- \"حلب تحترق\" -" are one each; line 19 ends with a detached stop ("الارهابي\" .") that stays
   * with its sentence. 1 + 21 + 2 = 24.
   */
  @Test
  void seed003() {
    Article a = Seeds.analyzed(3);
    assertEquals(24, a.spans(SpanKind.SENTENCE).size());
    assertEquals(22, a.spans(SpanKind.PARAGRAPH).size());
    List<String> s = sentences(a);
    assertTrue(s.contains("- الاستعداد لهجوم ضد حلب -"));
    assertTrue(s.contains("- \"حلب تحترق\" -"));
    assertTrue(s.contains("لكن الشوارع كانت مهجورة، اذ ان احدا لا يجرؤ على الخروج خوفا من ضربات جديدة."));
    assertTrue(s.stream().anyMatch(x -> x.endsWith("\"مكافحة التهديد الارهابي\" .")));
  }

  /**
   * 004: 22 lines, one paragraph and one sentence each; the sub-headings "سوريا تعتقل المئات" and "الروس
   * يلتقون فصائل سورية" included; line 12's quote "سنرى ... الأرواح. جميعنا ... بعيداً" is one sentence. 22.
   */
  @Test
  void seed004() {
    Article a = Seeds.analyzed(4);
    assertEquals(22, a.spans(SpanKind.SENTENCE).size());
    assertEquals(22, a.spans(SpanKind.PARAGRAPH).size());
    List<String> s = sentences(a);
    assertEquals("سوريا تعتقل المئات", s.get(4));
    assertEquals("الروس يلتقون فصائل سورية", s.get(13));
  }

  @Test
  void sentencesNeverCrossParagraphs() {
    for (int n = 0; n < 5; n++) {
      Article a = Seeds.analyzed(n);
      List<Span> paragraphs = a.spans(SpanKind.PARAGRAPH);
      for (Span s : a.spans(SpanKind.SENTENCE)) {
        assertTrue(paragraphs.stream().anyMatch(p -> p.start() <= s.start() && s.end() <= p.end()),
            "seed " + n + " " + s);
      }
    }
  }
}
