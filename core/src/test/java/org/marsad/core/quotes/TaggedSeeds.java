package org.marsad.core.quotes;

/**
 * The seeds with the names a NER tagger would mark in them, copied from the text as written (the seeds
 * spell Ayrault three ways: أيرولت, إيرولت, أيرو). Longer names come first so «كيري» inside «جون كيري» is not
 * tagged twice.
 */
final class TaggedSeeds {

  private TaggedSeeds() {}

  static HandTagged seed(int n) {
    return switch (n) {
      case 0 -> HandTagged.seed(0)
          .tag("PER", "جون\nكيري", "إبراهيم أبو الليث", "جان مارك أيرولت", "رياض حجاب", "كيري")
          .tag("ORG", "المرصد السوري لحقوق الإنسان", "المرصد السوري")
          .tag("LOC", "روسيا", "باريس", "حلب");
      case 1 -> HandTagged.seed(1)
          .tag("PER", "جون كيري", "محمد بن عبد الرحمن آل ثاني", "جان مارك إيرولت", "فرانك فالتر شتاينماير",
              "رياض حجاب", "بريتا حجي حسن", "ستيفان دي ميستورا", "كيري")
          .tag("LOC", "روسيا", "باريس", "حلب", "سوريا");
      case 2 -> HandTagged.seed(2)
          .tag("PER", "رامي عبد الرحمن", "جون كيري", "أشتون كارتر", "إبراهيم أبو الليث", "رياض حجاب",
              "بشار الأسد", "دونالد ترامب", "كارتر")
          .tag("ORG", "المرصد السوري لحقوق الإنسان")
          .tag("LOC", "روسيا", "باريس", "حلب", "سوريا");
      case 3 -> HandTagged.seed(3)
          .tag("PER", "جون كيري", "انس العبدة", "رياض حجاب", "ستيفان دي ميستورا", "كيري", "دي ميستورا")
          .tag("ORG", "المرصد السوري لحقوق الانسان", "الدفاع المدني")
          .tag("LOC", "الولايات المتحدة", "روسيا", "حلب", "واشنطن");
      case 4 -> HandTagged.seed(4)
          .tag("PER", "بريتا حاجي حسن", "جان مارك أيرو", "حسن")
          .tag("ORG", "المرصد السوري لحقوق الإنسان")
          .tag("LOC", "فرنسا", "حلب", "موسكو");
      default -> throw new IllegalArgumentException("no seed " + n);
    };
  }
}
