package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

class EntityPageIT extends OnTheSeeds {

  @Test
  void aStoryChipOpensTheEntityWithItsAliasesAndStories() throws Exception {
    browser.open(served.url("/stories/e000002"));
    browser.driver.findElement(By.cssSelector("#entities a.chip")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/entities/"));
    browser.waitUntilRendered();
    String id = browser.driver.getCurrentUrl().replaceAll(".*/entities/", "");
    JsonNode entity = served.get("/api/entities/" + id);
    assertEquals(entity.path("name").asText(), browser.driver.findElement(By.tagName("h1")).getText());
    assertEquals(entity.path("aliases").size(), browser.driver.findElements(By.cssSelector("#aliases .chip")).size());
    assertEquals(entity.path("appearances").size(),
        browser.driver.findElements(By.cssSelector("#entity-stories li[data-story]")).size());
    assertFalse(browser.driver.findElements(By.cssSelector("#entity-stories a[href='/stories/e000002']")).isEmpty());
    assertTrue(entity.path("appearances").size() >= 1);
  }
}
