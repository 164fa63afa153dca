package org.marsad.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldEventsTest {

  @Test
  void readsColumnsByHeaderNameAndSkipsBomAndBlankLines(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gold.tsv");
    // Columns in a different order than ant_events_dev, a BOM, and a blank line.
    Files.writeString(f, "\uFEFFevent_id\tdocno\tstoryline\tevent_label\n"
        + "d1\tAL-x-1-20180312\tاليمن\tخطف\n\n"
        + "d1\tSK-y-2-20180312\tاليمن\tخطف\n"
        + "d2\tBB-z-3-20180313\tسوريا\tقصف\n");
    GoldEvents g = GoldEvents.read(f);
    assertEquals(3, g.size());
    assertEquals(2, g.eventCount());
    assertEquals(List.of("AL-x-1-20180312", "SK-y-2-20180312", "BB-z-3-20180313"), List.copyOf(g.eventOf().keySet()));
    assertEquals("d1", g.eventOf().get("SK-y-2-20180312"));
    assertEquals("سوريا", g.storylineOf().get("BB-z-3-20180313"));
  }

  @Test
  void aRepeatedDocnoIsAnError(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("gold.tsv");
    Files.writeString(f, "docno\tevent_id\tevent_label\tstoryline\na\td1\tl\ts\na\td2\tl\ts\n");
    assertThrows(IllegalArgumentException.class, () -> GoldEvents.read(f));
  }

  @Test
  void publicationInstantsCompareAcrossOffsets() {
    // 00:31 at +04:00 is 20:31 UTC the day before, so it precedes 22:00 UTC.
    long early = GoldCorpus.instant("2018-03-12T00:31:03+04:00");
    long late = GoldCorpus.instant("2018-03-11T22:00:00Z");
    assertTrue(early < late);
    assertEquals(null, GoldCorpus.instant(null));
    assertEquals(GoldCorpus.instant("2018-03-12T00:00:00Z"), GoldCorpus.instant("2018-03-12"));
  }
}
