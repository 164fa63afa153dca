package org.marsad.core.figures;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides what a number counts, from the noun after it and the event words around it. An event noun
 * («قتلى», «نازحين») decides the kind; otherwise an event verb or verbal noun up to {@value #BEFORE} words
 * before («مقتل تسعة مدنيين»), right after the noun («عشرات المدنيين قُتلوا»), or a word of what befell them up to
 * {@value #AFTER} words after («عشرات الآلاف من سكان الأحياء الشرقية إلى الفرار»); otherwise the group the
 * noun names (civilians, children, troops, countries); otherwise «other». Who was counted (civilians,
 * children, troops) is kept as the group whatever the kind.
 */
final class CountedKinds {
  private CountedKinds() {}

  static final String KILLED = "killed";
  static final String INJURED = "injured";
  static final String FLED = "fled";
  static final String ARRESTED = "arrested";
  static final String MISSING = "missing";
  static final String TROOPS = "troops";
  static final String CIVILIANS = "civilians";
  static final String CHILDREN = "children";
  static final String COUNTRIES = "countries";
  static final String OTHER = "other";
  static final List<String> KINDS =
      List.of(KILLED, INJURED, FLED, ARRESTED, MISSING, TROOPS, CIVILIANS, CHILDREN, COUNTRIES, OTHER);

  static final int BEFORE = 6;
  static final int AFTER = 8;

  /** Nouns that name both the event and who suffered it. */
  private static final Map<String, String> EVENT_NOUNS = map(
      KILLED, "قتيل", "قتيلا", "قتلي", "ضحيه", "ضحايا",
      INJURED, "جريح", "جريحا", "جرحي", "مصاب", "مصابا", "مصابين", "مصابون",
      FLED, "نازح", "نازحا", "نازحين", "نازحون", "لاجي", "لاجيا", "لاجيين", "لاجيون", "لاجئ", "لاجئا",
      "لاجئين", "لاجئون", "مهجر", "مهجرين",
      ARRESTED, "معتقل", "معتقلا", "معتقلين", "معتقلون", "اسير", "اسيرا", "اسري", "محتجز", "محتجزا",
      "محتجزين", "موقوف", "موقوفين",
      MISSING, "مفقود", "مفقودا", "مفقودين", "مفقودون");

  /** Nouns that name who was counted. */
  private static final Map<String, String> GROUP_NOUNS = map(
      CIVILIANS, "مدني", "مدنيا", "مدنيين", "مدنيون",
      CHILDREN, "طفل", "طفلا", "اطفال", "طفله",
      TROOPS, "جندي", "جنديا", "جنود", "عنصر", "عنصرا", "عناصر", "مقاتل", "مقاتلا", "مقاتلين", "مقاتلون",
      "مسلح", "مسلحا", "مسلحين", "مسلحون", "عسكري", "عسكريا", "عسكريين", "قوات",
      COUNTRIES, "دول", "دوله", "دولا", "بلدان", "بلد", "بلدا");

  /** Verbs and verbal nouns of an event, read before the number or right after its noun. */
  private static final Map<String, String> EVENT_WORDS = map(
      KILLED, "قتل", "قتلوا", "قتلت", "يقتل", "تقتل", "يقتلون", "مقتل", "حتفه", "حتفهم", "اعدام", "اعدم", "اعدموا",
      INJURED, "اصيب", "اصيبوا", "اصابه", "اصابات", "جرح", "جرحوا",
      FLED, "فر", "فروا", "فرار", "نزح", "نزحوا", "نزوح", "غادر", "غادروا", "اجلاء", "اجلي", "هرب",
      "هربوا", "هروب", "تهجير", "هجر",
      ARRESTED, "اعتقل", "اعتقلت", "اعتقلوا", "تعتقل", "يعتقل", "يعتقلون", "اعتقال", "احتجاز", "احتجز", "احتجزت", "توقيف",
      MISSING, "فقدان", "فقدوا", "اختفاء", "اختفي");

  /**
   * Words after the counted people that say what happened to them: «دفع ... إلى الفرار», «لقي 4 أشخاص
   * ... مصرعهم».
   */
  private static final Map<String, String> AFTER_WORDS = map(
      FLED, "الفرار", "للفرار", "النزوح", "للنزوح", "الهرب", "للهرب", "الرحيل", "للرحيل",
      KILLED, "مصرعهم", "مصرعه", "مصرعها", "مصرعهما", "حتفهم", "حتفه", "حتفها", "حتفهما");

  /** Words that end the noun slot: prepositions and particles are not what is counted. */
  private static final Set<String> PARTITIVE = Set.of("من", "ممن");

  /** Words before a number that make it a part of the previous count: «قتل 409 مدنيين بينهم 45 طفلا». */
  private static final Set<String> AMONG = Set.of("بينهم", "منهم", "بينها", "منها", "بينهن", "منهن");

  /**
   * What the number {@code r} counts; {@code previousKind} is the kind of the sentence's previous figure, or
   * null, inherited by a count introduced with «بينهم».
   */
  static Counted of(List<Word> words, NumberReading r, String previousKind) {
    int n = words.size();
    int nounEnd = r.end();
    String noun = DualNouns.singular(words.get(r.first()).folded()); // «طفلان» is its own noun
    int afterCloser = Closers.skip(words, nounEnd);
    if (noun == null && !r.percent() && afterCloser > nounEnd && afterCloser < n) {
      noun = words.get(afterCloser).folded(); // «(190) موقوفا»: the kind, not the span
    } else if (noun == null && !r.percent() && nounEnd < n && words.get(nounEnd).isLetters()) {
      String f = words.get(nounEnd).folded();
      if (PARTITIVE.contains(f) && nounEnd + 1 < n) {
        noun = words.get(nounEnd + 1).folded(); // «ثلاثمائة من القوات»: the kind, not the span
      } else if (lookup(EVENT_NOUNS, f) != null || lookup(GROUP_NOUNS, f) != null || !isParticle(f)) {
        noun = f;
        nounEnd++;
      }
    }
    String eventNoun = noun == null ? null : lookup(EVENT_NOUNS, noun);
    String groupNoun = noun == null ? null : lookup(GROUP_NOUNS, noun);
    String group = CIVILIANS.equals(groupNoun) || CHILDREN.equals(groupNoun) || TROOPS.equals(groupNoun)
        ? groupNoun : null;
    if (eventNoun != null) return new Counted(eventNoun, group, nounEnd);
    if (previousKind != null && r.first() > 0 && AMONG.contains(words.get(r.first() - 1).folded())) {
      return new Counted(previousKind, group, nounEnd);
    }
    String event = eventAround(words, r, nounEnd);
    if (event != null) return new Counted(event, group, nounEnd);
    return new Counted(groupNoun != null ? groupNoun : OTHER, group, nounEnd);
  }

  private static String eventAround(List<Word> words, NumberReading r, int nounEnd) {
    for (int i = r.first() - 1; i >= Math.max(0, r.first() - BEFORE); i--) {
      String k = lookup(EVENT_WORDS, words.get(i).folded());
      if (k != null) return k;
      if (endsClause(words.get(i).raw())) break;
    }
    if (nounEnd < words.size()) {
      String k = lookup(EVENT_WORDS, words.get(nounEnd).folded());
      if (k != null) return k;
    }
    for (int i = nounEnd; i < Math.min(words.size(), nounEnd + AFTER); i++) {
      String k = lookup(AFTER_WORDS, words.get(i).folded());
      if (k != null) return k;
      if (endsClause(words.get(i).raw())) break;
    }
    return null;
  }

  private static String lookup(Map<String, String> lexicon, String folded) {
    for (String form : Clitics.forms(folded)) {
      String k = lexicon.get(form);
      if (k != null) return k;
    }
    return null;
  }

  private static final Set<String> PARTICLES = Set.of("من", "في", "علي", "الي", "عن", "مع", "او", "و", "ثم",
      "بين", "بينهم", "منهم", "منها", "خلال", "منذ", "قد", "لا", "لم", "ما", "ان", "انه", "التي", "الذي",
      "الذين", "كما", "حتي", "بعد", "قبل", "عند", "فقط", "ايضا", "تقريبا", "لدي", "هي", "هو", "هم");

  private static boolean isParticle(String f) {
    return PARTICLES.contains(f) || PARTITIVE.contains(f);
  }

  private static Map<String, String> map(String... kindThenWords) {
    Map<String, String> m = new HashMap<>();
    String kind = null;
    for (String s : kindThenWords) {
      if (KINDS.contains(s)) kind = s;
      else m.put(ArabicFold.fold(s), kind);
    }
    return Map.copyOf(m);
  }

  /** Clause ends that stop the search for event words. */
  private static boolean endsClause(String raw) {
    return raw.equals(".") || raw.equals("،") || raw.equals(",") || raw.equals(";") || raw.equals("؛");
  }
}
