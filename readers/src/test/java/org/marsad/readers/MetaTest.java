package org.marsad.readers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.marsad.readers.meta.IsoDates;
import org.marsad.readers.meta.Outlets;

/** Date and outlet normalization; each expected value worked out by hand from the input. */
class MetaTest {

  @Test
  void datesBecomeIso8601KeepingOffsets() {
    assertEquals("2015-07-21T02:51:32", IsoDates.normalize("2015-07-21 02:51:32")); // SaudiNewsNet
    assertEquals("2018-07-15T21:56:56+04:00", IsoDates.normalize("Sun, 15 Jul 2018 21:56:56 +0400")); // ANT TIME
    assertEquals("2018-02-26T02:20:10Z", IsoDates.normalize("Mon, 26 Feb 2018 02:20:10 GMT"));
    assertEquals("2016-11-30", IsoDates.normalize(" 2016-11-30 "));
    assertEquals("2016-11-30T10:00:00.5+03:00", IsoDates.normalize("2016-11-30T10:00:00.500+0300"));
    assertEquals("2016-11-30T10:00:00", IsoDates.normalize("2016-11-30T10:00"));
    // 1480500000 s after the epoch = 2016-11-30T10:00:00Z (date -u -d @1480500000); the same in milliseconds.
    assertEquals("2016-11-30T10:00:00Z", IsoDates.normalize("1480500000"));
    assertEquals("2016-11-30T10:00:00Z", IsoDates.normalize("1480500000000"));
    assertNull(IsoDates.normalize("الأربعاء 30 نوفمبر 2016"), "dates in words are the analyzer's job");
    assertNull(IsoDates.normalize("2016-02-30"), "no such day");
    assertNull(IsoDates.normalize(""));
  }

  @Test
  void outletsFromUrlHosts() {
    assertEquals("bbc.co.uk", Outlets.hostOf("http://WWW.BBC.co.uk:80/arabic/world-43193332"));
    assertEquals("alarabiya.net", Outlets.hostOf("https://www.alarabiya.net/ar/culture-and-art/2018/07/15/هكذا-ردت.html"));
    assertEquals("aawsat.com", Outlets.hostOf("http://aawsat.com/home/article/410826/بريطانيا"));
    assertNull(Outlets.hostOf("not a url"));
  }
}
