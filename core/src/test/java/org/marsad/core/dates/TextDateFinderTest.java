package org.marsad.core.dates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.marsad.core.Seeds;

class TextDateFinderTest {

  private final TextDateFinder finder = new TextDateFinder();

  private Optional<LocalDate> find(String text) {
    return finder.findPublicationDate(text);
  }

  @Test
  void seeds() {
    // 004 line 1: «اليوم (الأربعاء) 30 نوفمبر/ تشرين الثاني 2016».
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), find(Seeds.text(4)));
    // 000-003 name months and years but never day + month + year together («منتصف شهر تشرين الثاني/نوفمبر»,
    // «27 شباط/فبراير», «منذ عام 2011»).
    for (int n = 0; n < 4; n++) assertEquals(Optional.empty(), find(Seeds.text(n)), "seed " + n);
  }

  @Test
  void gregorianLevantineAndCombinedNames() {
    assertEquals(Optional.of(LocalDate.of(2016, 12, 10)), find("دمشق - السبت 10 ديسمبر 2016 - قال"));
    assertEquals(Optional.of(LocalDate.of(2016, 12, 10)), find("في 10 كانون الأول 2016 قال"));
    assertEquals(Optional.of(LocalDate.of(2016, 1, 3)), find("في 3 كانون الثاني 2016 قال"));
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), find("الأربعاء 30 تشرين الثاني/نوفمبر 2016"));
    assertEquals(Optional.of(LocalDate.of(2018, 4, 7)), find("7 ابريل 2018"));
    assertEquals(Optional.of(LocalDate.of(2018, 8, 1)), find("1 آب 2018"));
    assertEquals(Optional.of(LocalDate.of(2018, 6, 15)), find("15 من يونيه، 2018"));
  }

  @Test
  void arabicIndicDigits() {
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), find("الأربعاء ٣٠ نوفمبر ٢٠١٦"));
  }

  @Test
  void numericForms() {
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), find("حلب 30/11/2016 (رويترز)"));
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), find("تاريخ النشر: 2016-11-30"));
    assertEquals(Optional.of(LocalDate.of(2016, 11, 30)), find("٣٠/١١/٢٠١٦"));
  }

  @Test
  void incompleteImpossibleOrLateDatesAreSkipped() {
    assertEquals(Optional.empty(), find("في 27 شباط/فبراير بمبادرة من واشنطن"));
    // Names of different months around the slash are not one date.
    assertEquals(Optional.empty(), find("30 نوفمبر/ كانون الأول 2016"));
    assertEquals(Optional.of(LocalDate.of(2016, 3, 1)), find("31/02/2016 ثم 1 مارس 2016"));
    // Beyond the lead (600 chars) a date is a date in the story, not the publication date.
    assertEquals(Optional.empty(), find("ا".repeat(700) + " 30 نوفمبر 2016"));
  }

  @Test
  void monthTable() {
    assertEquals(11, MonthNames.monthOf("تشرين   الثاني"));
    assertEquals(8, MonthNames.monthOf("أغسطس"));
    assertEquals(0, MonthNames.monthOf("الثاني"));
    assertEquals(12, MonthNames.all().values().stream().distinct().count());
  }
}
