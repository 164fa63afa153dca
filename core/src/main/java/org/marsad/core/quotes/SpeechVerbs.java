package org.marsad.core.quotes;

import java.util.HashMap;
import java.util.Map;

/**
 * The verbs that introduce reported speech, in the inflections news text uses, each mapped to its lemma.
 * Participles («مؤكدا», «قائلا») are kept apart: they have no subject of their own and speak for the
 * subject of the clause they hang on.
 */
final class SpeechVerbs {

  private static final Map<String, String> FORMS = new HashMap<>();
  private static final Map<String, String> PARTICIPLES = new HashMap<>();

  static {
    verb("قال", "قال قالت قالوا قالا يقول تقول يقولون");
    verb("أضاف", "اضاف اضافت اضافوا يضيف تضيف يضيفون");
    verb("أكد", "اكد اكدت اكدوا يؤكد تؤكد يؤكدون");
    verb("أوضح", "اوضح اوضحت اوضحوا يوضح توضح");
    verb("دعا", "دعا دعت دعوا يدعو تدعو");
    verb("أعلن", "اعلن اعلنت اعلنوا يعلن تعلن");
    verb("شدد", "شدد شددت شددوا يشدد تشدد");
    verb("اعتبر", "اعتبر اعتبرت اعتبروا يعتبر تعتبر");
    verb("وصف", "وصف وصفت وصفوا يصف تصف");
    verb("أفاد", "افاد افادت افادوا يفيد تفيد");
    verb("تابع", "تابع تابعت تابعوا يتابع تتابع");
    verb("ذكر", "ذكر ذكرت ذكروا يذكر تذكر");
    verb("أشار", "اشار اشارت اشاروا يشير تشير");
    verb("لفت", "لفت لفتت");
    verb("صرح", "صرح صرحت صرحوا يصرح تصرح");
    verb("حذر", "حذر حذرت حذروا يحذر تحذر");
    verb("نفى", "نفي نفت نفوا ينفي تنفي");
    verb("طالب", "طالب طالبت طالبوا يطالب تطالب");
    verb("كشف", "كشف كشفت كشفوا يكشف تكشف");
    verb("اعترف", "اعترف اعترفت اعترفوا يعترف تعترف");
    verb("رأى", "راي رات راوا يري تري");
    // «وكرر كيري دعوة روسيا الى "..."»: repeating a call is saying it again.
    verb("كرر", "كرر كررت يكرر تكرر");
    participle("قال", "قائلا قائله");
    participle("أضاف", "مضيفا مضيفه");
    participle("أكد", "مؤكدا مؤكده");
    participle("أوضح", "موضحا موضحه");
    participle("اعتبر", "معتبرا معتبره");
    participle("أشار", "مشيرا مشيره");
    participle("شدد", "مشددا مشدده");
    participle("لفت", "لافتا لافته");
    participle("دعا", "داعيا داعيه");
    participle("طالب", "مطالبا مطالبه");
    participle("حذر", "محذرا محذره");
    participle("نفى", "نافيا نافيه");
  }

  private SpeechVerbs() {}

  private static void verb(String lemma, String forms) {
    for (String f : forms.split(" ")) FORMS.put(f, lemma);
  }

  private static void participle(String lemma, String forms) {
    for (String f : forms.split(" ")) PARTICIPLES.put(f, lemma);
  }

  /** The lemma of a folded word that is a finite speech verb, with or without و / ف; null otherwise. */
  static String verbLemma(String folded) {
    return lookUp(FORMS, folded);
  }

  /** The lemma of a folded word that is a speech participle («مؤكدا»); null otherwise. */
  static String participleLemma(String folded) {
    return lookUp(PARTICIPLES, folded);
  }

  /**
   * A finite speech verb in the feminine («قالت», «أعلنت», «تقول»): its subject may be a country, which
   * Arabic treats as feminine, while «ودعا روسيا» names whom a man called on.
   */
  static boolean isFeminine(String folded) {
    String form = FORMS.containsKey(folded) ? folded : ArabicWords.withoutConjunction(folded);
    if (form == null || !FORMS.containsKey(form)) return false;
    return form.endsWith("ت") || form.startsWith("ت") && !form.equals("تابع");
  }

  private static String lookUp(Map<String, String> forms, String folded) {
    String lemma = forms.get(folded);
    if (lemma != null) return lemma;
    String bare = ArabicWords.withoutConjunction(folded);
    return bare == null ? null : forms.get(bare);
  }
}
