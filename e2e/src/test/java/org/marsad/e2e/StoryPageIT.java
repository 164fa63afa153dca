package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The Paris meeting story (seeds 000-002): summary, citations, parts, reuse side by side. */
class StoryPageIT extends OnTheSeeds {

  static final String STORY = "e000002";
  @Test
  void summaryCitationOpensTheArticleWithThePassageHighlighted() throws Exception {
    JsonNode story = served.get("/api/stories/" + STORY);
    browser.open(served.url("/stories/" + STORY));
    List<WebElement> sentences = browser.driver.findElements(By.cssSelector("#summary .citation"));
    assertEquals(story.path("summary").size(), sentences.size(), "one link per summary sentence");
    JsonNode first = story.path("summary").path(0);
    assertEquals(first.path("text").asText(), sentences.get(0).getAttribute("textContent"));
    Screenshots.save(browser.driver, "story");

    sentences.get(0).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/articles/"));
    browser.waitUntilRendered();
    assertTrue(browser.driver.getCurrentUrl().contains("/articles/" + first.path("article").asText()));
    assertTrue(browser.driver.getCurrentUrl().contains("hl=" + first.path("start").asInt() + "-" + first.path("end").asInt()));
    StringBuilder highlighted = new StringBuilder();
    for (WebElement piece : browser.driver.findElements(By.cssSelector("#article-text .hl"))) {
      highlighted.append(piece.getAttribute("textContent"));
    }
    assertEquals(first.path("text").asText(), highlighted.toString(), "exactly the cited passage is highlighted");
    Object top = browser.script("return document.querySelector('#article-text .hl').getBoundingClientRect().top;");
    double y = ((Number) top).doubleValue();
    assertTrue(y >= 0 && y < 1600, "scrolled into view: " + y);
    Screenshots.save(browser.driver, "article");
  }

  @Test
  void aFragmentHighlightsThePassageAsHlDoes() throws Exception {
    JsonNode quote = served.get("/api/stories/" + STORY).path("quotes").path(0);
    browser.open(served.url("/articles/" + quote.path("article").asText() + "#" + quote.path("start").asInt() + "-"
        + quote.path("end").asInt()));
    Object highlighted = browser.script(
        "return [...document.querySelectorAll('#article-text .hl')].map(e => e.textContent).join('');");
    assertEquals(quote.path("text").asText(), highlighted);
  }

  @Test
  void everyPartIsShownOrSaysItHasNoData() throws Exception {
    browser.open(served.url("/stories/" + STORY));
    for (String part : new String[] {"summary", "articles", "timeline", "entities", "quotes", "figures", "reuse"}) {
      WebElement section = browser.driver.findElement(By.id(part));
      assertFalse(section.getText().isBlank(), part);
    }
    assertEquals(3, browser.driver.findElements(By.cssSelector("#articles li[data-article]")).size());
    assertFalse(browser.driver.findElements(By.cssSelector("#timeline svg.timeline-chart circle")).isEmpty());
    assertFalse(browser.driver.findElements(By.cssSelector("#entities a.chip[href^='/entities/']")).isEmpty());
    assertFalse(browser.driver.findElements(By.cssSelector("#quotes .quote-group")).isEmpty());
    assertFalse(browser.driver.findElements(By.cssSelector("#figures table.figures tbody tr")).isEmpty());
    // The seeds agree on every number; their one disagreement is seed 001's list of five western countries
    // that names four («5 دول غربية هي أميركا وبريطانيا وألمانيا وإيطاليا»), shown with why.
    String figures = browser.driver.findElement(By.id("figures")).getText();
    assertTrue(figures.contains("القائمة تسمّي 4 من 5"), figures);
    assertTrue(figures.contains("5 دول غربية هي أميركا وبريطانيا وألمانيا وإيطاليا"), figures);
    assertFalse(browser.driver.findElements(By.cssSelector("#figures table.figures tr.disputed")).isEmpty());
  }

  @Test
  void reuseShowsBothArticlesWithTheSharedPassagesMarked() throws Exception {
    browser.open(served.url("/stories/" + STORY + "#reuse"));
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(
        ExpectedConditions.numberOfElementsToBe(By.cssSelector("#reuse .reuse-column"), 2));
    for (WebElement column : browser.driver.findElements(By.cssSelector("#reuse .reuse-column"))) {
      assertFalse(column.findElements(By.cssSelector(".copied")).isEmpty(), column.getAttribute("data-side"));
    }
    Screenshots.save(browser.driver, "story-reuse");
  }
}
