package org.marsad.ner.clusters;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A small made-up news corpus where cities, people and verbs each fill their own slots in a handful of
 * sentence patterns, so a clusterer that reads contexts must put each group together.
 */
final class SyntheticNews {

  static final List<String> CITIES = List.of("باريس", "لندن", "دمشق", "حلب", "بيروت", "القاهرة", "بغداد", "عمان");
  static final List<String> PEOPLE = List.of("كيري", "لافروف", "أوباما", "بوتين", "ماكرون", "ميركل", "ترامب", "روحاني");
  static final List<String> VERBS = List.of("أكد", "أعلن", "أوضح", "أضاف", "نفى", "كشف", "صرح", "بين");

  private static final String[] PATTERNS = {
    "وصل الوزير إلى %C صباح اليوم في زيارة رسمية.",
    "عقد المؤتمر في مدينة %C بحضور الوفود.",
    "وقال %P في مؤتمر صحفي إن المحادثات كانت مثمرة.",
    "التقى الرئيس %P نظيره في العاصمة.",
    "%V المتحدث أن الاجتماع سيعقد قريبا.",
    "وقد %V المسؤول في بيان رسمي أن الوضع مستقر.",
    "غادر %P مدينة %C بعد انتهاء الاجتماع.",
  };

  private SyntheticNews() {}

  /** {@code articles} articles of a few sentences each, the same for the same seed. */
  static List<String> articles(int articles, long seed) {
    Random random = new Random(seed);
    List<String> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      StringBuilder text = new StringBuilder();
      for (int s = 0; s < 6; s++) {
        String sentence = PATTERNS[random.nextInt(PATTERNS.length)]
            .replace("%C", pick(CITIES, random))
            .replace("%P", pick(PEOPLE, random))
            .replace("%V", pick(VERBS, random));
        text.append(sentence).append(s % 3 == 2 ? "\n" : " ");
      }
      out.add(text.toString());
    }
    return out;
  }

  private static String pick(List<String> words, Random random) {
    return words.get(random.nextInt(words.size()));
  }
}
