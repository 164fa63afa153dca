package org.marsad.core.entities;

import java.util.List;

/**
 * The five seed articles with the mentions an NER tagger should find in them (names of persons, places
 * and organisations as each article writes them), for tests of the resolver on real text.
 */
final class SeedCorpus {

  private SeedCorpus() {}

  static List<TextMentions> articles() {
    return List.of(seed0(), seed1(), seed2(), seed3(), seed4());
  }

  /**
   * Paris meeting, 10 Dec 2016: Kerry's name is broken by a line break, Ayrault has a hamza on alef,
   * «للهيئة العليا للمفاوضات» leaves «لهيئة العليا للمفاوضات».
   */
  static TextMentions seed0() {
    return TextMentions.seed(0)
        .per("جون\nكيري", "كيري", "رياض حجاب", "إبراهيم أبو الليث", "جان مارك أيرولت")
        .loc("حلب", "روسيا", "باريس", "سوريا", "جنيف")
        .org("المرصد السوري لحقوق الإنسان", "الأمم المتحدة", "لهيئة العليا للمفاوضات", "الخوذ البيضاء");
  }

  /** The same meeting: Ayrault with a hamza below, Hagi Hasan as «حجي», de Mistura as «ستيفان». */
  static TextMentions seed1() {
    return TextMentions.seed(1)
        .per("جون كيري", "كيري", "محمد بن عبد الرحمن آل ثاني", "جان مارك إيرولت", "فرانك فالتر شتاينماير")
        .per("رياض حجاب", "بريتا حجي حسن", "ستيفان دي ميستورا", "باراك) أوباما")
        .loc("باريس", "حلب", "سوريا", "روسيا", "الولايات المتحدة", "جنيف", "أميركا")
        .org("مجلس الأمن", "الاتحاد الأوروبي");
  }

  /** The same meeting: «الولاياتالمتحدة» glued, «للولايات المتحدة» leaves «لولايات المتحدة». */
  static TextMentions seed2() {
    return TextMentions.seed(2)
        .per("رامي عبد الرحمن", "رياض حجاب", "بريتا حجي حسن", "جون كيري", "دونالد ترامب", "ترامب")
        .per("أشتون كارتر", "كارتر", "بشار الأسد", "الأسد", "إبراهيم أبو الليث")
        .loc("الولاياتالمتحدة", "لولايات المتحدة", "باريس", "حلب", "سوريا", "روسيا", "جنيف", "الرقة")
        .loc("تدمر", "المنامة", "واشنطن")
        .org("قوات سوريا الديموقراطية", "تنظيم داعش", "المرصد السوري لحقوق الإنسان", "وكالة فرانس برس")
        .org("الاتحاد الأوروبي", "الهيئة العليا للمفاوضات");
  }

  /** Kerry to Geneva, spring 2016: written without hamzas («الاسد», «الامم»), de Mistura short. */
  static TextMentions seed3() {
    return TextMentions.seed(3)
        .per("جون كيري", "كيري", "ستيفان دي ميستورا", "دي ميستورا", "رياض حجاب", "بشار الاسد", "الاسد")
        .per("انس العبدة")
        .loc("حلب", "جنيف", "سوريا", "روسيا", "واشنطن", "موسكو", "الولايات المتحدة", "اسطنبول", "العراق")
        .org("الامم المتحدة", "فرانس برس", "وكالة فرانس برس", "المرصد السوري لحقوق الانسان")
        .org("الائتلاف الوطني السوري");
  }

  /** Hagi Hasan in Paris, 30 Nov 2016: «حاجي», Ayrault as «أيرو», de Mistura as «ستافان». */
  static TextMentions seed4() {
    return TextMentions.seed(4)
        .per("بريتا حاجي حسن", "حسن", "جان مارك أيرو", "ستافان دي ميستورا")
        .loc("حلب", "فرنسا", "روسيا", "أنقرة", "سوريا", "الولايات المتحدة", "موسكو")
        .org("المرصد السوري لحقوق الإنسان", "الائتلاف الوطني السوري", "جبهة فتح الشام");
  }
}
