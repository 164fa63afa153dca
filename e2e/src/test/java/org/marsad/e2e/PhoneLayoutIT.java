package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Dimension;

/** On a phone-sized window every page fits its width: one column, nothing to scroll sideways. */
class PhoneLayoutIT extends OnTheSeeds {

  @BeforeAll
  static void phoneSizedWindow() {
    browser.driver.manage().window().setSize(new Dimension(390, 844));
  }

  @Test
  void noPageIsWiderThanThePhone() throws Exception {
    JsonNode story = served.get("/api/stories/e000002");
    String article = story.path("articles").path(0).path("id").asText();
    String entity = story.path("entities").path(0).path("id").asText();
    for (String page : new String[] {"/", "/stories/e000002", "/articles/" + article, "/entities/" + entity,
        "/search?q=%D8%AD%D9%84%D8%A8"}) {
      browser.open(served.url(page));
      long overflow = (Long) browser.script(
          "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
      assertTrue(overflow <= 0, page + " is " + overflow + "px wider than the window");
      if (page.startsWith("/stories/")) Screenshots.save(browser.driver, "story-phone");
    }
  }
}
