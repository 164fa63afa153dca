package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

class HomePageIT extends OnTheSeeds {

  @Test
  void listsEveryStoryWithItsSummaryAndEntities() throws Exception {
    JsonNode api = served.get("/api/stories?limit=20");
    browser.open(served.url("/"));
    List<WebElement> cards = browser.driver.findElements(By.cssSelector(".story-card"));
    assertEquals(api.path("stories").size(), cards.size(), "one card per story");
    assertEquals(3, cards.size(), "the three stories of the seeds");

    List<String> shown = new ArrayList<>();
    for (WebElement card : cards) shown.add(card.getAttribute("data-story"));
    List<String> expected = new ArrayList<>();
    for (JsonNode s : api.path("stories")) expected.add(s.path("id").asText());
    assertEquals(expected, shown, "in the API's order (most recent first)");

    WebElement paris = browser.driver.findElement(By.cssSelector(".story-card[data-story='e000002']"));
    assertTrue(paris.getText().contains("اجتماع باريس يجدد دعمه للمعارضة السورية"), paris.getText());
    assertTrue(paris.getText().contains("3 مقالات"), "its article count");
    assertFalse(paris.findElements(By.cssSelector(".chips a[href^='/entities/']")).isEmpty(), "its top entities");
    assertFalse(paris.findElement(By.cssSelector(".summary")).getText().isBlank(), "its summary");

    Screenshots.save(browser.driver, "home");
  }
}
