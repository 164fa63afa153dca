package org.marsad.core.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NameReaderTest {

  private final NameReader reader = new NameReader();

  @Test
  void aRoleBeforeAPersonsNameIsNotPartOfIt() {
    // Seed 000 opens «قال وزير الخارجية الأمريكي، جون⏎كيري»: title, portfolio, nisba, then the name; the
    // comma and line break inside the span are not words.
    NameForm f = reader.read("وزير الخارجية الأمريكي، جون\nكيري", EntityType.PER);
    assertEquals(List.of("جون", "كيري"), f.name());
    assertEquals(3, f.prefix());
    assertEquals("جون كيري", f.display(EntityType.PER));
    assertEquals(reader.read("جون كيري", EntityType.PER).key(), f.key());
  }

  @Test
  void titlesChainAndBracketsDoNotCount() {
    // Seed 001: «الرئيس (باراك) أوباما»; the brackets are punctuation, the title goes.
    assertEquals("باراك أوباما", reader.read("الرئيس (باراك) أوباما", EntityType.PER).display(EntityType.PER));
    // «العاهل» title, «السعودي» nisba, «الملك» another title: what is left is the name.
    assertEquals(List.of("سلمان"), reader.read("العاهل السعودي الملك سلمان", EntityType.PER).name());
    // «الأمين» title, «العام» role word, «للأمم» a lam-prefixed complement, «المتحدة» role word.
    assertEquals("بان كي مون", reader.read("الأمين العام للأمم المتحدة بان كي مون", EntityType.PER)
        .display(EntityType.PER));
  }

  @Test
  void theLastWordIsNeverAPrefix() {
    // «الرئيس الأسد»: «الأسد» looks like a definite word after a title but it is the whole name.
    assertEquals(List.of("الاسد"), reader.read("الرئيس الأسد", EntityType.PER).name());
    // A lone title-like word stays a name (nothing after it to be the name instead).
    assertEquals(0, reader.read("الرئيس", EntityType.PER).prefix());
  }

  @Test
  void indefiniteGivenNamesThatAreAlsoTitlesStay() {
    // «أمير» (Amir) and «سيد» (Sayyid) are given names; only the definite «الأمير», «السيد» are titles.
    assertEquals(0, reader.read("أمير عبد اللهيان", EntityType.PER).prefix());
    assertEquals(1, reader.read("الأمير محمد بن سلمان", EntityType.PER).prefix());
  }

  @Test
  void kindsOfPlacesAndOrganisationsAreMatchedWithout() {
    // «العاصمة الفرنسية باريس» is Paris: kind, then its nisba, then the name.
    NameForm paris = reader.read("العاصمة الفرنسية باريس", EntityType.LOC);
    assertEquals(reader.read("باريس", EntityType.LOC).key(), paris.key());
    // A place keeps its kind in display: it may be part of how it is named.
    assertEquals("العاصمة الفرنسية باريس", paris.display(EntityType.LOC));
    // Seed 002 and 003 write «وكالة فرانس برس» and «فرانس برس».
    assertEquals(reader.read("فرانس برس", EntityType.ORG).key(), reader.read("وكالة فرانس برس", EntityType.ORG).key());
    // The same word is no kind for a person: «حركة» is no title.
    assertEquals(0, reader.read("مدينة حلب", EntityType.PER).prefix());
  }

  @Test
  void gluedAndSpacedFormsShareAKey() {
    // Seed 002 writes «الولاياتالمتحدة» (space lost); 001 writes «الولايات المتحدة».
    assertEquals(
        reader.read("الولايات المتحدة", EntityType.LOC).key(), reader.read("الولاياتالمتحدة", EntityType.LOC).key());
    // «عبد» is joined to the next word, so that «عبدالرحمن» and «عبد الرحمن» are one word, not only one key.
    assertEquals(List.of("رامي", "عبدالرحمن"), reader.read("رامي عبد الرحمن", EntityType.PER).name());
    assertEquals("رامي عبد الرحمن", reader.read("رامي عبد الرحمن", EntityType.PER).display(EntityType.PER));
  }

  @Test
  void aLamResidueKnowsTheFormItStandsFor() {
    // «للأمم المتحدة» minus the proclitic ل is «لأمم المتحدة»: with the alef back it is «الأمم المتحدة».
    NameForm residue = reader.read("لأمم المتحدة", EntityType.ORG);
    assertEquals(reader.read("الأمم المتحدة", EntityType.ORG).key(), residue.residueKey());
    // A word that already starts with ال has none.
    assertNull(reader.read("الأمم المتحدة", EntityType.ORG).residueKey());
  }
}
