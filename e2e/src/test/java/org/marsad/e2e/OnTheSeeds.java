package org.marsad.e2e;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * A browser test class on the seed store: the served seeds (analyzed once for every class) and a browser of
 * its own, closed after the class.
 */
abstract class OnTheSeeds {

  static ServedStore served;
  static Browser browser;

  @BeforeAll
  static void openBrowserOnTheSeeds() throws Exception {
    served = ServedStore.seeds();
    browser = new Browser();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) browser.close();
    browser = null;
  }
}
