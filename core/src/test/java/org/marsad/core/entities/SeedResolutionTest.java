package org.marsad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The resolver on the five seed articles, added in order: each person, place and body is one entity. */
class SeedResolutionTest {

  private EntityResolver resolver;
  private final Map<Integer, TextMentions.Resolved> seeds = new HashMap<>();

  @BeforeEach
  void addSeeds() {
    resolver = new EntityResolver();
    List<TextMentions> articles = SeedCorpus.articles();
    for (int i = 0; i < articles.size(); i++) seeds.put(i, articles.get(i).addTo(resolver));
  }

  private Entity entity(int seed, String surface) {
    return resolver.get(seeds.get(seed).id(surface));
  }

  @Test
  void kerryIsOneEntityInFourArticlesUnderHisFullName() {
    Entity kerry = entity(0, "جون\nكيري");
    // 000 writes «جون⏎كيري» and «كيري» twice more; 001 and 003 write «جون كيري» and «كيري»; 002 only
    // «جون كيري».
    for (int seed : new int[] {0, 1, 3}) {
      assertEquals(List.of(kerry.id()), seeds.get(seed).ids("كيري"), "seed " + seed);
    }
    for (int seed = 1; seed <= 3; seed++) assertEquals(List.of(kerry.id()), seeds.get(seed).ids("جون كيري"));
    assertEquals("جون كيري", kerry.name());
    assertEquals(List.of("seed0", "seed1", "seed2", "seed3"), kerry.articles());
    // His first mention opens seed 000, before any other name: he is the first entity.
    assertEquals("n000001", kerry.id());
  }

  @Test
  void ayraultSpelledThreeWaysIsOne() {
    // أيرولت (000), إيرولت (001, hamza below), أيرو (004, the silent French ending left out).
    Entity ayrault = entity(0, "جان مارك أيرولت");
    assertEquals(ayrault, entity(1, "جان مارك إيرولت"));
    assertEquals(ayrault, entity(4, "جان مارك أيرو"));
    assertEquals(List.of("seed0", "seed1", "seed4"), ayrault.articles());
    // Three forms with one mention each, two of them of one key (أيرولت/إيرولت): that group wins, and
    // in it the first seen.
    assertEquals("جان مارك أيرولت", ayrault.name());
  }

  @Test
  void deMisturaAndHagiHasanMeetTheirOtherSpellings() {
    Entity mistura = entity(1, "ستيفان دي ميستورا");
    assertEquals(mistura, entity(3, "دي ميستورا")); // the short form in 003
    assertEquals(mistura, entity(4, "ستافان دي ميستورا")); // ستافان in 004
    // «ستيفان» twice (001, 003) against «ستافان» once.
    assertEquals("ستيفان دي ميستورا", mistura.name());

    Entity hasan = entity(1, "بريتا حجي حسن");
    assertEquals(hasan, entity(2, "بريتا حجي حسن"));
    assertEquals(hasan, entity(4, "بريتا حاجي حسن"));
    // «وقال حسن», «وأضاف حسن» in 004: the same article names him in full.
    assertEquals(List.of(hasan.id()), seeds.get(4).ids("حسن"));
    assertEquals("بريتا حجي حسن", hasan.name());
  }

  @Test
  void theUnitedStatesGluedSpacedAndAfterLamAreOne() {
    Entity us = entity(1, "الولايات المتحدة");
    assertEquals(us, entity(2, "الولاياتالمتحدة"));
    assertEquals(us, entity(2, "لولايات المتحدة")); // «للولايات المتحدة» in 002
    assertEquals(us, entity(3, "الولايات المتحدة"));
    assertEquals(us, entity(4, "الولايات المتحدة"));
    // Spaced: 001 twice, 003 twice, 004 once; glued twice, residue once. Displayed spaced.
    assertEquals("الولايات المتحدة", us.name());
    assertEquals(EntityType.LOC, us.type());
  }

  @Test
  void hamzaVariantsOfOneNameMeet() {
    // 002 writes «بشار الأسد»; 003, which writes no hamzas, «بشار الاسد» and «الاسد».
    Entity assad = entity(2, "بشار الأسد");
    assertEquals(assad, entity(3, "بشار الاسد"));
    assertEquals(List.of(assad.id()), seeds.get(3).ids("الاسد"));
    assertEquals(List.of(assad.id()), seeds.get(2).ids("الأسد")); // «نظام الأسد», «مع الأسد» in 002
    assertEquals(entity(0, "الأمم المتحدة"), entity(3, "الامم المتحدة"));
    assertEquals(entity(0, "المرصد السوري لحقوق الإنسان"), entity(3, "المرصد السوري لحقوق الانسان"));
  }

  @Test
  void peopleWhoShareAWordStayApart() {
    // «عبد الرحمن» ends Rami's name and is inside the Qatari minister's; they are two people.
    assertNotEquals(entity(2, "رامي عبد الرحمن"), entity(1, "محمد بن عبد الرحمن آل ثاني"));
    // Fourteen persons are named in the five seeds; each is one entity, in order of first mention (in
    // 002, «نظام الأسد» comes before Trump and Carter, and is Bashar al-Assad, named so further on).
    List<String> persons = new ArrayList<>();
    for (Entity e : resolver.all()) if (e.type() == EntityType.PER) persons.add(e.name());
    assertEquals(
        List.of("جون كيري", "رياض حجاب", "إبراهيم أبو الليث", "جان مارك أيرولت", "محمد بن عبد الرحمن آل ثاني",
            "فرانك فالتر شتاينماير", "بريتا حجي حسن", "ستيفان دي ميستورا", "باراك أوباما", "رامي عبد الرحمن",
            "بشار الأسد", "دونالد ترامب", "أشتون كارتر", "انس العبدة"),
        persons);
  }

  @Test
  void aliasesAreEverySurfaceMostUsedFirst() {
    Entity kerry = entity(0, "جون\nكيري");
    // «كيري» alone: 2 in 000, 2 in 001, 3 in 003 = 7; «جون كيري»: 3 in 001, 1 in 002, 1 in 003, and
    // 000's «جون⏎كيري», its line break read as a space = 6.
    assertEquals(List.of("كيري", "جون كيري"), kerry.aliases());
    assertEquals(13, kerry.mentions());
    assertTrue(resolver.all().stream().allMatch(e -> e.mentions() >= e.aliases().size()));
  }
}
