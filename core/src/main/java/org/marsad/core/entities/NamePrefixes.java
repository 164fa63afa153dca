package org.marsad.core.entities;

import java.util.List;
import java.util.Set;

/**
 * Finds the leading words of a name that say what it is rather than which one it is: a person's role
 * («وزير الخارجية الأمريكي» جون كيري), a place's kind («مدينة» حلب), an organisation's kind («تنظيم»
 * داعش). Matching ignores them, so every way of introducing one name meets the bare name. The last word is
 * never a prefix: «الرئيس الأسد» is still «الأسد».
 */
final class NamePrefixes {

  /** Words that open a person's role. Indefinite given names (أمير, سيد, أمين, ملك) are left out. */
  private static final Set<String> TITLES = WordList.of("""
      وزير وزيرة الوزير الوزيرة رئيس رئيسة الرئيس الرئيسة نائب النائب نائبة النائبة
      المبعوث مبعوث المبعوثة الموفد موفد المتحدث متحدث المتحدثة الناطق ناطق الناطقة المنسق منسق
      الأمين الملك الملكة الأمير الأميرة الشيخ الشيخة السيد السيدة الدكتور الدكتورة د المهندس
      المستشار المستشارة مستشار مستشارة الجنرال اللواء العميد العقيد المقدم الرائد النقيب المشير الفريق
      القاضي الإمام البابا العاهل ولي السفير السفيرة سفير مدير المدير مديرة المديرة قائد القائد زعيم
      الزعيم المرشح المرشحة حاكم الحاكم محافظ المحافظ السيناتور المفوض المفوضة السلطان الكاتب
      الكاتبة الصحفي الصحفية الصحافي الصحافية الشاعر الفنان الفنانة المطرب المطربة اللاعب اللاعبة المدرب
      """);

  /** Words that complete a role after its title: portfolios, ranks, «السابق». */
  private static final Set<String> ROLE_WORDS = WordList.of("""
      الخارجية الدفاع الداخلية المالية العدل الصحة التجارة الطاقة النفط الإعلام التعليم الاقتصاد
      الخزانة الزراعة الثقافة الوزراء الحكومة الجمهورية الدولة المجلس البرلمان النواب الشورى العام
      العامة الأعلى العليا العهد أول الأول الأولى الأركان الخاص الخاصة السابق السابقة الحالي الحالية
      المنتخب المنتخبة الجديد الجديدة الأسبق المتحدة الأمن القوات المسلحة باسم الهيئة الائتلاف
      المعارضة الحزب الحركة
      """);

  private static final Set<String> ORG_KINDS = WordList.of("تنظيم حركة جماعة وكالة ميليشيا ميليشيات مليشيا مليشيات");

  private static final Set<String> LOC_KINDS = WordList.of("مدينة العاصمة بلدة قرية محافظة ولاية إقليم حي مخيم جزيرة دولة");

  private NamePrefixes() {}

  /** How many leading {@code tokens} (normalized) are a role or kind, always fewer than all of them. */
  static int length(List<String> tokens, EntityType type) {
    int n = tokens.size();
    if (n < 2) return 0;
    String first = tokens.get(0);
    return switch (type) {
      case PER -> TITLES.contains(first) ? roleEnd(tokens) : 0;
      case ORG -> ORG_KINDS.contains(first) ? 1 : 0;
      case LOC -> LOC_KINDS.contains(first) ? adjectivesEnd(tokens) : 0;
      case MISC -> 0;
    };
  }

  /** After a title: more titles («العاهل السعودي الملك»), role words, nisba adjectives, «للأمم». */
  private static int roleEnd(List<String> tokens) {
    int i = 1;
    while (i < tokens.size() - 1) {
      String t = tokens.get(i);
      if (!TITLES.contains(t) && !ROLE_WORDS.contains(t) && !isNisba(t) && !t.startsWith("لل")) break;
      i++;
    }
    return i;
  }

  /** After a place's kind, its nisba adjectives: «العاصمة الفرنسية» باريس. */
  private static int adjectivesEnd(List<String> tokens) {
    int i = 1;
    while (i < tokens.size() - 1 && isNisba(tokens.get(i))) i++;
    return i;
  }

  /**
   * A definite relational adjective: «الأمريكي», «الفرنسية» (normalized: ال…ي, ال…يه). Names of this
   * shape right after a title («الرئيس التونسي الباجي قائد السبسي») lose their first word to it: a known
   * cost, softened because what is left is a short form that still links to the full name.
   */
  private static boolean isNisba(String t) {
    return t.length() >= 5 && t.startsWith("ال") && (t.endsWith("ي") || t.endsWith("يه"));
  }
}
