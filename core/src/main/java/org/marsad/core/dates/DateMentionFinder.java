package org.marsad.core.dates;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates an article states and resolves them against its publication date: full dates in either
 * month-name system («10 كانون الأول 2016», «22 نيسان/أبريل 2016») or in digits (12/4/2010, 2010-04-12), a day and month without a year, a month
 * with a year or with «منتصف / مطلع / أواخر», a year («عام 2016»), and relative days (اليوم, أمس, أول أمس,
 * غدا, weekday names, «الجمعة الماضي», «السبت المقبل»). «منذ» before any of them marks the start of a period.
 * Without a publication date only absolute dates resolve. Thread-safe (stateless).
 */
public final class DateMentionFinder {

  private static final String D = "[0-9\\u0660-\\u0669\\u06F0-\\u06F9]";
  private static final String NO_DIGIT_BEFORE = "(?<![0-9\\u0660-\\u0669\\u06F0-\\u06F9])";
  private static final String NO_DIGIT_AFTER = "(?![0-9\\u0660-\\u0669\\u06F0-\\u06F9])";
  private static final String WORD_START = "(?<![\\p{L}\\p{M}])";
  private static final String WORD_END = "(?![\\p{L}\\p{M}])";
  private static final String MONTH = MonthNames.alternation();
  private static final String PART = "منتصف|مطلع|أوائل|اوائل|أواخر|اواخر|نهاية|بداية|اواسط|أواسط";
  private static final String SINCE = "(?:(?<since>منذ|اعتبارا من|ابتداء من)\\s+)?";

  private static final String HIJRI_MONTH = HijriDates.alternation();
  /** Era marks after a year: hijri («هـ», «هجري») or AD («م», «ميلادي»). */
  private static final String ERA = "(?<era>هجرية|هجري|هـ|ه|ميلادية|ميلادي|م)" + WORD_END + "(?!\\s*(?:مربع|مكعب))";

  /** An optional era mark in a group of the given name (a pattern may name a group once). */
  private static String optionalEra(String group) {
    return "(?:\\s*(?<" + group + ">هجرية|هجري|هـ|ه|ميلادية|ميلادي|م)" + WORD_END + ")?";
  }
  private static final String AGO_UNIT = "يومين|يوما|يومًا|يوم|أيام|ايام|أسبوعين|اسبوعين|أسبوعا|اسبوعا|أسبوع|اسبوع"
      + "|أسابيع|اسابيع|شهرين|شهرا|شهرًا|شهر|أشهر|اشهر|شهور|عامين|عاما|عامًا|عام|أعوام|اعوام|سنتين|سنة|سنوات|سنين";

  /** One alternative per form; named groups tell which matched. */
  private static final Pattern DATES = Pattern.compile(
      // Every form starts at a digit, a bracket or the first letter of a word: positions inside a word fail
      // here at once instead of trying each alternative (which halves the time on news text).
      // «ومنذ», «وفي»: also right after a conjunction glued to the word.
      "(?=[0-9\\u0660-\\u0669\\u06F0-\\u06F9(]|(?<![\\p{L}\\p{M}])\\p{L}|(?<=(?<![\\p{L}\\p{M}])[وف])\\p{L})"
      + SINCE + "(?:"
          // day month[/month] [year]
          + NO_DIGIT_BEFORE + "(?<day>" + D + "{1,2})\\s*(?:من\\s+)?(?<month>" + MONTH + ")"
          + "(?:\\s*/\\s*(?:" + MONTH + "))?(?:\\s*[,،]?\\s*(?<year>" + D + "{4})" + NO_DIGIT_AFTER + ")?"
          // hijri: «20 شعبان 1428 هـ», «20 / شعبان / 1428», «رمضان 1437»
          + "|" + NO_DIGIT_BEFORE + "(?<hd>" + D + "{1,2})\\s*/?\\s*(?:من\\s+)?(?<hm>" + HIJRI_MONTH + ")\\s*/?\\s*(?<hy>" + D
          + "{4})" + NO_DIGIT_AFTER + optionalEra("eraa")
          + "|" + WORD_START + "(?<hm2>" + HIJRI_MONTH + ")\\s*/?\\s*(?<hy2>" + D + "{4})" + NO_DIGIT_AFTER + optionalEra("erab")
          // 12/4/2010, 12 / 4 / 2010, 2010-04-12
          + "|" + NO_DIGIT_BEFORE + "(?<nd>" + D + "{1,2})\\s*(?<sep>[/.\\-])\\s*(?<nm>" + D + "{1,2})\\s*\\k<sep>\\s*(?<ny>" + D + "{4})"
          + NO_DIGIT_AFTER
          + "|" + NO_DIGIT_BEFORE + "(?<iy>" + D + "{4})-(?<im>" + D + "{1,2})-(?<id>" + D + "{1,2})" + NO_DIGIT_AFTER
          // [part] month[/month] year, or part month
          + "|" + WORD_START + "(?:(?<part2>" + PART + ")\\s+(?:شهر\\s+)?)?(?<month2>" + MONTH + ")(?:\\s*/\\s*(?:" + MONTH + "))?"
          + "\\s*(?<year2>" + D + "{4})" + NO_DIGIT_AFTER
          + "|" + WORD_START + "(?<part3>" + PART + ")\\s+(?:شهر\\s+)?(?<month3>" + MONTH + ")" + "(?:\\s*/\\s*(?:" + MONTH + "))?"
          // a month alone, when named in both systems («آذار / مارس») or after a word that introduces a time
          // («في أيلول», «شهر رمضان» is hijri and left out): «مارس» alone is also a verb
          + "|" + WORD_START + "(?:(?<mpre>في|خلال|حتى|شهر|بين)\\s+)?(?<month4>" + MONTH + ")(?<mpair>\\s*/\\s*(?:" + MONTH + "))?"
          // عام 2016, «عام ( 1948 )», في 2016, قبل 1990: a year (one from 1800 to 2100 after في/قبل/بعد)
          + "|" + WORD_START + "(?<yearword>عام|العام|سنة|لعام|لسنة|في|قبل|بعد)\\s*(?:\\(\\s*(?<year5>" + D + "{4})"
          + "(?:\\s*[-–/]\\s*" + D + "{4})?\\s*\\)"
          + "|(?<year4>" + D + "{4})" + NO_DIGIT_AFTER + "(?!\\s*[/.\\-]\\s*" + D + "))" + optionalEra("erac")
          // «( 1948 )», «( 1936 - 1939 )», «( 1348 هجري )»
          + "|\\(\\s*(?<py>" + D + "{4})(?:\\s*[-–/]\\s*(?<py2>" + D + "{4}))?" + optionalEra("erad") + "\\s*\\)" + optionalEra("erae")
          // «1412 هـ», «2013م»
          + "|" + NO_DIGIT_BEFORE + "(?<ey>" + D + "{4})\\s*" + ERA
          // «1936 - 1939»
          + "|" + NO_DIGIT_BEFORE + "(?<ry>" + D + "{4})\\s*[-–]\\s*(?<ry2>" + D + "{4})" + NO_DIGIT_AFTER
          // «قبل ثلاثة أيام», «منذ عامين», «قبل شهر» (not «قبل عام 2010»)
          + "|" + WORD_START + "(?<ago>قبل|منذ)\\s+(?:(?<agon>" + D + "{1,3}|" + Ago.alternation() + ")\\s+)?"
          + "(?<agounit>" + AGO_UNIT + ")" + WORD_END + "(?!\\s*" + D + ")"
          // relative days
          + "|" + WORD_START + "(?<rel>أول أمس|اول امس|أمس|امس|اليوم|غدا|غداً)" + WORD_END
          // «أمس السبت»: one date, named twice
          + "(?:\\s+" + Weekdays.alternation() + WORD_END + ")?"
          // «اليوم نفسه»: the same day as the one just told, not the publication day
          + "(?!\\s+(?:نفسه|ذاته))"
          + "|" + WORD_START + "(?:(?:يوم|ليل|مساء|صباح|فجر|ظهر)\\s+)?(?<weekday>" + Weekdays.alternation() + ")"
          + "(?:\\s+(?<dir>الماضي|الماضية|المقبل|المقبلة|القادم|القادمة))?" + WORD_END
          // a bare year: kept only in a context that makes it one (see bareYear)
          + "|" + NO_DIGIT_BEFORE + "(?<bare>" + D + "{4})" + NO_DIGIT_AFTER + "(?!\\s*[/.\\-:]\\s*" + D + ")"
          + ")");

  public List<DateMention> find(String text, LocalDate published) {
    return find(text, 0, text.length(), published);
  }

  /** The dates stated in {@code text[from, to)}, in text order. */
  public List<DateMention> find(String text, int from, int to, LocalDate published) {
    List<DateMention> out = new ArrayList<>();
    if (!mayHoldADate(text, from, to)) return out;
    Matcher m = DATES.matcher(text).region(from, to);
    while (m.find()) {
      DateMention d = resolve(m, text, published);
      if (d != null) out.add(d);
    }
    return out;
  }

  /**
   * Every date form holds a digit, a month or weekday name, or one of a few words; a stretch with none of
   * them is passed over without running the pattern, which is most sentences.
   */
  static boolean mayHoldADate(String text, int from, int to) {
    for (int i = from; i < to; i++) if (Character.isDigit(text.charAt(i))) return true;
    String s = text.substring(from, to);
    for (String t : TRIGGERS) if (s.contains(t)) return true;
    return AGO_TRIGGER.matcher(s).find();
  }

  /** «قبل» / «منذ» are common words: only with a unit of time right after do they make a date. */
  private static final Pattern AGO_TRIGGER =
      Pattern.compile("(?:قبل|منذ)\\s+(?:\\p{L}+\\s+)?(?:يوم|أيام|ايام|أسبوع|اسبوع|أسابيع|اسابيع|شهر|أشهر|اشهر|عام|سنة|سنت|سنوات|سنين)");

  /** Stems that start or make every non-numeric date form (month and weekday names included). */
  private static final List<String> TRIGGERS = triggers();

  private static List<String> triggers() {
    List<String> t = new ArrayList<>(List.of("أمس", "امس", "اليوم", "غدا", "منتصف", "مطلع", "أوائل", "اوائل",
        "أواخر", "اواخر", "نهاية", "بداية", "اواسط", "أواسط"));
    t.addAll(MonthNames.all().keySet());
    for (String day : List.of("السبت", "الأحد", "الاحد", "الإثنين", "الاثنين", "الثلاثاء", "الأربعاء", "الاربعاء",
        "الخميس", "الجمعة")) {
      t.add(day);
    }
    // Two-word month names («كانون الأول») may be split by any space: their first word is enough.
    t.replaceAll(w -> w.contains(" ") ? w.substring(0, w.indexOf(' ')) : w);
    return List.copyOf(new java.util.LinkedHashSet<>(t));
  }

  private static DateMention resolve(Matcher m, String text, LocalDate published) {
    boolean since = m.group("since") != null;
    LocalDate date;
    DateMention.Precision precision = DateMention.Precision.DAY;
    boolean relative = false;
    try {
      if (m.group("day") != null) {
        int day = number(m.group("day"));
        int month = MonthNames.monthOf(m.group("month"));
        if (m.group("year") != null) {
          date = LocalDate.of(number(m.group("year")), month, day);
        } else {
          if (published == null) return null;
          date = nearestBefore(published, month, day);
          relative = true;
        }
      } else if (m.group("hd") != null) {
        date = HijriDates.toGregorian(number(m.group("hy")), HijriDates.monthOf(m.group("hm")), number(m.group("hd")));
      } else if (m.group("hm2") != null) {
        date = HijriDates.toGregorian(number(m.group("hy2")), HijriDates.monthOf(m.group("hm2")), 1);
        precision = DateMention.Precision.MONTH;
      } else if (m.group("nd") != null) {
        int day = number(m.group("nd"));
        int month = number(m.group("nm"));
        if (month > 12 && day <= 12) { // «4 / 22 / 1948» is month / day / year
          int t = day;
          day = month;
          month = t;
        }
        date = LocalDate.of(number(m.group("ny")), month, day);
      } else if (m.group("iy") != null) {
        date = LocalDate.of(number(m.group("iy")), number(m.group("im")), number(m.group("id")));
      } else if (m.group("month2") != null) {
        date = LocalDate.of(number(m.group("year2")), MonthNames.monthOf(m.group("month2")), 1);
        precision = DateMention.Precision.MONTH;
        date = partOf(date, m.group("part2"));
      } else if (m.group("month3") != null) {
        if (published == null) return null;
        int month = MonthNames.monthOf(m.group("month3"));
        date = partOf(nearestBefore(published, month, 1), m.group("part3"));
        precision = DateMention.Precision.MONTH;
        relative = true;
      } else if (m.group("month4") != null) {
        // a lone month is only a date when named twice or introduced
        if (m.group("mpair") == null && m.group("mpre") == null && !since) return null;
        if (published == null) return null;
        date = nearestBefore(published, MonthNames.monthOf(m.group("month4")), 1);
        precision = DateMention.Precision.MONTH;
        relative = true;
      } else if (m.group("year4") != null || m.group("year5") != null) {
        int year = number(m.group("year4") != null ? m.group("year4") : m.group("year5"));
        boolean yearWord = m.group("yearword").contains("عام") || m.group("yearword").contains("سنة");
        // «في 1500 مدينة» is a count: only a plausible year counts after في / قبل / بعد.
        if (!yearWord && m.group("erac") == null && !plausibleYear(year)) return null;
        date = yearStart(year, m.group("erac"));
        precision = DateMention.Precision.YEAR;
      } else if (m.group("py") != null) {
        int year = number(m.group("py"));
        String era = m.group("erad") != null ? m.group("erad") : m.group("erae");
        if (era == null && !plausibleYear(year)) return null;
        if (m.group("py2") != null && number(m.group("py2")) <= year) return null; // «( 1958 / 1963 )» runs forward
        date = yearStart(year, era);
        precision = DateMention.Precision.YEAR;
      } else if (m.group("ey") != null) {
        date = yearStart(number(m.group("ey")), m.group("era"));
        precision = DateMention.Precision.YEAR;
      } else if (m.group("ry") != null) {
        int from = number(m.group("ry"));
        int to = number(m.group("ry2"));
        if (!plausibleYear(from) || !plausibleYear(to) || to <= from) return null;
        date = LocalDate.of(from, 1, 1);
        precision = DateMention.Precision.YEAR;
      } else if (m.group("ago") != null) {
        if (published == null) return null;
        Ago ago = Ago.of(m.group("agon"), m.group("agounit"));
        if (ago == null) return null;
        date = ago.before(published);
        precision = ago.precision();
        relative = true;
        since = m.group("ago").equals("منذ");
      } else if (m.group("bare") != null) {
        int year = number(m.group("bare"));
        if (year < 1900 || year > 2100 || !(since || BareYears.isYearContext(text, m.start("bare"), m.end("bare")))) {
          return null;
        }
        date = LocalDate.of(year, 1, 1);
        precision = DateMention.Precision.YEAR;
      } else if (m.group("rel") != null) {
        if (published == null) return null;
        String r = m.group("rel");
        date = r.startsWith("أول") || r.startsWith("اول") ? published.minusDays(2)
            : r.equals("اليوم") ? published
            : r.startsWith("غد") ? published.plusDays(1)
            : published.minusDays(1);
        relative = true;
      } else {
        if (published == null) return null;
        DayOfWeek day = Weekdays.of(m.group("weekday"));
        String dir = m.group("dir");
        boolean future = dir != null && (dir.startsWith("المقبل") || dir.startsWith("القادم"));
        boolean strictlyPast = dir != null && dir.startsWith("الماضي");
        date = future ? published.with(TemporalAdjusters.next(day))
            : strictlyPast ? published.with(TemporalAdjusters.previous(day))
            : published.with(TemporalAdjusters.previousOrSame(day));
        relative = true;
      }
    } catch (DateTimeException e) {
      return null; // «31 شباط»: not a date
    }
    return new DateMention(m.start(), m.end(), text.substring(m.start(), m.end()), date, precision, relative, since);
  }

  /**
   * A day and month without a year, read as the latest such day not more than a week after publication:
   * news reports the recent past, and sometimes a date announced for the coming days.
   */
  static LocalDate nearestBefore(LocalDate published, int month, int day) {
    LocalDate candidate = LocalDate.of(published.getYear(), month, day);
    return candidate.isAfter(published.plusDays(7)) ? candidate.minusYears(1) : candidate;
  }

  private static boolean plausibleYear(int year) {
    return year >= 1800 && year <= 2100;
  }

  /** The first day of a year, hijri when its era mark says so. */
  private static LocalDate yearStart(int year, String era) {
    if (era != null && era.startsWith("ه")) return HijriDates.toGregorian(year, 1, 1);
    return LocalDate.of(year, 1, 1);
  }

  private static LocalDate partOf(LocalDate firstOfMonth, String part) {
    if (part == null) return firstOfMonth;
    if (part.contains("منتصف") || part.contains("واسط")) return firstOfMonth.withDayOfMonth(15);
    if (part.contains("واخر") || part.contains("نهاية")) return firstOfMonth.withDayOfMonth(21);
    return firstOfMonth;
  }

  /** The value of a run of digits of any digit set. */
  static int number(String digits) {
    int n = 0;
    for (int i = 0; i < digits.length(); i++) n = n * 10 + Character.digit(digits.charAt(i), 10);
    return n;
  }
}
