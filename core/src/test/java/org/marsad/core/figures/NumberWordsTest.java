package org.marsad.core.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

  private static void reads(long expected, String phrase) {
    assertEquals(OptionalLong.of(expected), NumberWords.valueOf(phrase), phrase);
  }

  @Test
  void digitsWithSeparatorsInBothScripts() {
    reads(1500, "1,500");
    reads(1500, "١٬٥٠٠"); // Arabic thousands separator U+066C
    reads(85, "٨٥");
    reads(1_250_000, "1,250,000");
    reads(409, "409");
  }

  @Test
  void digitsWithScaleWords() {
    reads(270_000, "270 ألف");
    reads(270_000, "270 الف"); // hamza dropped, as in seed 003
    reads(1_500_000, "1.5 مليون");
    reads(1_200_000, "1.2 مليون");
    reads(1_500_000, "١٫٥ مليون"); // Arabic decimal separator U+066B
    reads(3_000, "3 آلاف");
  }

  @Test
  void unitsMasculineAndFeminine() {
    reads(9, "تسعة");
    reads(3, "ثلاث");
    reads(3, "ثلاثة");
    reads(10, "عشر");
    reads(10, "عشرة");
    reads(8, "ثمانية");
    reads(4, "أربع");
    reads(4, "وأربع"); // a glued conjunction does not hide the number
  }

  @Test
  void teensAndTens() {
    reads(11, "أحد عشر");
    reads(11, "إحدى عشرة");
    reads(12, "اثنا عشر");
    reads(15, "خمسة عشر");
    reads(20, "عشرون");
    reads(30, "ثلاثين");
    reads(90, "تسعون");
    reads(25, "خمسة وعشرون");
  }

  @Test
  void hundredsIncludingDualAndCompound() {
    reads(100, "مئة");
    reads(100, "مائة");
    reads(200, "مائتي");
    reads(200, "مئتي");
    reads(200, "مئتان");
    reads(300, "ثلاثمائة");
    reads(300, "ثلاثمئة");
    reads(300, "ثلاث مئة");
    reads(150, "مئة وخمسون");
  }

  @Test
  void thousandsAndMillions() {
    reads(1_000, "ألف");
    reads(2_000, "ألفي"); // construct dual, «فرار أكثر من ألفي مدني» in seeds 000 and 002
    reads(2_000, "ألفان");
    reads(2_000, "ألفا"); // dual at the start
    reads(20_000, "عشرين ألفا"); // accusative singular after a number
    reads(3_000, "ثلاثة آلاف");
    reads(300_000, "ثلاثمائة ألف");
    reads(1_000_000, "مليون");
    reads(2_000_000, "مليونين");
    reads(3_000_000, "ثلاثة ملايين");
    reads(1_500_000, "مليون ونصف مليون"); // «ونزوح أكثر من مليون ونصف مليون آخرين»
    reads(1_500_000, "مليون ونصف");
  }

  @Test
  void vagueAmountsAreLowerBounds() {
    reads(20, "عشرات");
    reads(20, "العشرات");
    reads(200, "مئات");
    reads(200, "المئات");
    reads(2_000, "آلاف");
    reads(20_000, "عشرات الآلاف");
    reads(20_000, "عشرات آلاف");
    reads(200_000, "مئات الآلاف");
    assertTrue(NumberWords.isVague("عشرات الآلاف"));
    assertFalse(NumberWords.isVague("ثلاثة آلاف"));
  }

  @Test
  void percentages() {
    reads(85, "85 في المئة");
    reads(85, "85%");
    reads(85, "٨٥ بالمئة");
    reads(50, "خمسين في المائة");
  }

  @Test
  void nonNumbers() {
    assertEquals(OptionalLong.empty(), NumberWords.valueOf("أحد")); // Sunday or «anyone», not one
    assertEquals(OptionalLong.empty(), NumberWords.valueOf("الثاني")); // ordinal
    assertEquals(OptionalLong.empty(), NumberWords.valueOf("10.12.2016")); // a dotted date
    assertEquals(OptionalLong.empty(), NumberWords.valueOf("عشرة أيام")); // number plus a noun is a phrase
    assertEquals(OptionalLong.empty(), NumberWords.valueOf("عشرين وثلاثين")); // two tens: a range, not 50
  }
}
