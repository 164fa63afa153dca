package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** An article's text with its highlight layers, each switched on and off by its toggle. */
class ArticlePageIT extends OnTheSeeds {

  @Test
  void layersFollowTheirTogglesOverTheUnchangedText() throws Exception {
    String id = served.get("/api/stories/e000002").path("reuse").path(0).path("to_article").asText();
    JsonNode article = served.get("/api/articles/" + id);
    browser.open(served.url("/articles/" + id));
    String shown = (String) browser.script("return document.getElementById('article-text').textContent;");
    assertEquals(article.path("text").asText(), shown, "highlighting never changes the text");

    for (String layer : new String[] {"entities", "quotes", "figures", "copied"}) {
      assertFalse(browser.driver.findElements(By.cssSelector("#article-text .layer-" + layer)).isEmpty(), layer);
      WebElement mark = browser.driver.findElement(By.cssSelector("#article-text .layer-" + layer));
      String on = look(mark);
      browser.driver.findElement(By.id("toggle-" + layer)).click();
      assertFalse(browser.driver.findElement(By.id("article-text")).getAttribute("class").contains("show-" + layer));
      assertNotEquals(on, look(mark), layer + " looks the same with its toggle off");
      browser.driver.findElement(By.id("toggle-" + layer)).click();
      assertEquals(on, look(mark), layer + " back on");
    }
    // The copied passages are listed with links to the other side, at its offsets.
    assertTrue(browser.driver.findElements(By.cssSelector(".reuse-list a[href*='hl=']")).size()
        >= article.path("copied_from").size() + article.path("copied_by").size());
  }

  /** What makes a layer visible: its colour, weight, underline, border or background. */
  private static String look(WebElement mark) {
    return String.join("|", mark.getCssValue("color"), mark.getCssValue("font-weight"),
        mark.getCssValue("text-decoration-line"), mark.getCssValue("border-bottom-style"),
        mark.getCssValue("background-color"));
  }
}
