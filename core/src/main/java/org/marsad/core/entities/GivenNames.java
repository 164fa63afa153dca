package org.marsad.core.entities;

import java.util.Set;

/**
 * Common Arabic given names, in matching form. Two things hold for them that do not for most name words:
 * a long vowel or a final letter is another name, not another spelling (سعد, سعيد; حسن, حسين), and,
 * alone, they say little about who is meant, since they are also the family names of many («حسن» of
 * «بريتا حجي حسن»). The list favours names that come in such near pairs.
 */
final class GivenNames {

  private static final Set<String> NAMES = WordList.of("""
      سعد سعيد سعود حسن حسين حسان حسنين حسني محمد محمود أحمد حامد حميد حمد حمدي حمود حمدان كمال كامل
      جمال جميل جميلة سلمان سليمان سالم سليم سلمى سلامة عمر عمرو عمار عامر عمران صالح صلاح رشيد راشد
      رشاد رشدي ماجد مجيد مجدي ناصر نصر نصير نصار زايد زيد زياد عادل عدلي شريف شرف فريد كريم كرم كريمة
      علي علاء عليا نور نوري نورة سامي سمير سامر سميرة هاني هناء فهد جاسم قاسم هاشم هشام وليد مصطفى
      يوسف أمين أمينة عبيد عبيدة حبيب حبيبة مراد زين زينب زينة فاطمة منير منيرة منى نبيل نبيلة خالد
      خلود خليل خليفة طارق فيصل فاضل فضل رامي رامز رمزي إبراهيم إسماعيل موسى عيسى عثمان حمزة أنس بشير
      ياسر ياسين مازن عماد إياد ليلى مريم عائشة خديجة عبدالله عبدالرحمن عبدالعزيز
      """);

  private GivenNames() {}

  /** Whether the normalized word {@code token} is a common given name. */
  static boolean contains(String token) {
    return NAMES.contains(token);
  }
}
