package org.marsad.core.quotes;

import java.util.Set;

/** Word lists that tell what can stand between a speech verb and what was said. All forms are folded. */
final class SpeakerWords {

  /**
   * Nouns that head a described speaker («وزير الخارجية», «المتحدث باسم ...»), written without ال. Only a
   * phrase headed by one of these is taken for a speaker: «ودعا روسيا» names whom was called on, not who
   * spoke.
   */
  private static final Set<String> ROLE_HEADS = Set.of(
      "وزير", "وزيره", "رئيس", "رئيسه", "متحدث", "متحدثه", "ناطق", "ناطقه", "مدير", "مديره", "مبعوث",
      "موفد", "منسق", "ممثل", "ممثلو", "ممثلون", "سفير", "مندوب", "قائد", "امين", "زعيم", "مسؤول",
      "مسؤولون", "مستشار", "نائب", "عضو", "مرصد", "دبلوماسي", "دبلوماسيون", "خبير", "خبراء", "محلل",
      "شاهد", "شهود", "مراسل", "ناشط", "ناشطون", "ضابط", "قياده", "جيش", "حكومه", "وزاره", "امم",
      "منظمه", "ائتلاف", "هيئه", "مجلس", "وكيل", "وكيله", "مستشاره", "سفيره", "مساعد", "محافظ", "حاكم",
      "قاضي", "محامي", "مدرب", "بنك", "شركه", "صحيفه", "وكاله", "محكمه", "شرطه", "سلطات", "مكتب", "حزب",
      "حركه", "لجنه", "جمعيه", "نقابه", "اتحاد", "قوات", "تحالف", "مفوضيه", "بعثه", "مجموعه",
      "عمده", "بيان");

  /** Sources that name no one: a quote from them keeps its speaker unknown, never a guess. */
  private static final Set<String> ANONYMOUS = Set.of(
      "مصدر", "مصادر", "تقارير", "تقرير", "انباء", "معلومات", "اوساط");

  /** Words that end a subject phrase: prepositions, relatives, pronouns, adverbs. */
  private static final Set<String> STOPS = Set.of(
      "في", "خلال", "عبر", "بعد", "قبل", "اثناء", "مع", "عن", "الي", "علي", "من", "لدي", "حول",
      "الذي", "التي", "الذين", "اللذين", "اللتين", "له", "لها", "لهم", "لنا", "انه", "ان", "انها", "انهم",
      "هو", "هي", "هم", "ايضا", "كذلك", "امام", "بدوره", "بدورها", "لوكاله", "بان", "بانه", "بانها",
      "ب", "ل", "ك", "فيه", "فيها", "لاحقا", "سابقا", "مؤخرا", "امس",
      // Where the speaker stands is not who they are: «شهود عيان غرب حلب».
      "غرب", "شرق", "شمال", "جنوب");

  /** Time words that may sit between verb and subject («قال، السبت، ...») without ending the search. */
  private static final Set<String> TIMES = Set.of(
      "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "اليوم", "امس", "مساء",
      "صباح", "ليل", "ليله", "الليله", "ظهر", "الان", "مجددا");

  private SpeakerWords() {}

  /** Also in the feminine or the plural the list leaves out: «الخبيرة», «المحللين». */
  static boolean isRoleHead(String folded) {
    String stem = ArabicWords.stem(folded);
    if (ROLE_HEADS.contains(stem)) return true;
    if (stem.endsWith("ه") && ROLE_HEADS.contains(stem.substring(0, stem.length() - 1))) return true;
    return (stem.endsWith("ون") || stem.endsWith("ين")) && stem.length() > 4
        && ROLE_HEADS.contains(stem.substring(0, stem.length() - 2));
  }

  static boolean isAnonymous(String folded) {
    return ANONYMOUS.contains(ArabicWords.stem(folded));
  }

  /** Also a word with «بال» attached («الرئيس الأمريكي بالعنصرية»): a prepositional phrase, not the role. */
  static boolean isStop(String folded) {
    return STOPS.contains(folded) || STOPS.contains(ArabicWords.stem(folded)) || folded.startsWith("بال")
        || startsWithConjunction(folded) && STOPS.contains(folded.substring(1));
  }

  /** «وفي», «ومن»: a stop word behind و or ف is still one. */
  private static boolean startsWithConjunction(String folded) {
    return folded.length() > 1 && (folded.charAt(0) == 'و' || folded.charAt(0) == 'ف');
  }

  static boolean isTime(String folded) {
    return TIMES.contains(folded);
  }

  static boolean isRelative(String folded) {
    return folded.equals("الذي") || folded.equals("التي") || folded.equals("الذين");
  }
}
