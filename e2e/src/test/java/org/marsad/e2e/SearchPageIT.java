package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

class SearchPageIT extends OnTheSeeds {

  static final String QUERY = "دي ميستورا";
  @Test
  void theHeaderFormFindsDeMisturaWithSnippetsAndFacets() throws Exception {
    int total = served.get("/api/search?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)).path("total").asInt();
    assertTrue(total > 0);
    browser.open(served.url("/"));
    WebElement box = browser.driver.findElement(By.id("site-q"));
    box.sendKeys(QUERY, Keys.ENTER);
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search?q="));
    browser.waitUntilRendered();

    List<WebElement> hits = browser.driver.findElements(By.cssSelector(".hits > li.hit"));
    assertEquals(Math.min(total, 20), hits.size());
    for (WebElement hit : hits) {
      List<WebElement> marked = hit.findElements(By.cssSelector(".snippet .hit"));
      assertFalse(marked.isEmpty(), "the matched words are highlighted");
      String words = String.join(" ", marked.stream().map(WebElement::getText).toList());
      assertTrue(words.contains("ميستورا"), words);
    }
    for (String facet : new String[] {"outlet", "day", "entity_type"}) {
      WebElement counts = browser.driver.findElement(By.cssSelector(".facet[data-facet='" + facet + "']"));
      assertFalse(counts.findElements(By.cssSelector("li .count")).isEmpty(), facet);
    }
    Screenshots.save(browser.driver, "search");

    // Choosing an outlet narrows the hits to it, as many as its count (the seeds are few).
    WebElement outlet = browser.driver.findElement(By.cssSelector(".facet[data-facet='outlet'] li"));
    int count = Integer.parseInt(outlet.findElement(By.cssSelector(".count")).getText().strip());
    String name = outlet.getAttribute("data-value");
    outlet.findElement(By.tagName("a")).click();
    new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("outlet="));
    browser.waitUntilRendered();
    List<WebElement> narrowed = browser.driver.findElements(By.cssSelector(".hits > li.hit"));
    assertEquals(count, narrowed.size());
    for (WebElement hit : narrowed) assertTrue(hit.findElement(By.cssSelector(".meta")).getText().contains(name));
  }
}
