package org.marsad.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Article titles and texts are untrusted. An article posted with script and an onerror image in both
 * must show them as characters on its story and article pages, and never run them.
 */
class HostileTextIT {

  static ServedStore served;
  static Browser browser;

  @BeforeAll
  static void start() throws Exception {
    served = ServedStore.hostile();
    browser = new Browser();
  }

  @AfterAll
  static void stop() {
    if (browser != null) browser.close();
  }

  @Test
  void articlePageShowsThePayloadAsText() throws Exception {
    JsonNode article = served.onlyArticle();
    browser.open(served.url("/articles/" + article.path("id").asText()));
    assertNoScriptRan();
    String title = browser.driver.findElement(By.tagName("h1")).getText();
    assertEquals(article.path("title").asText(), title);
    assertTrue(title.contains(HostileArticle.SCRIPT) && title.contains(HostileArticle.IMG), title);
    String text = (String) browser.script("return document.getElementById('article-text').textContent;");
    assertEquals(article.path("text").asText(), text, "the text exactly as stored");
    assertTrue(text.contains(HostileArticle.SCRIPT) && text.contains(HostileArticle.IMG), text);
  }

  @Test
  void storyPageShowsThePayloadAsText() throws Exception {
    String story = served.onlyArticle().path("story").asText(null);
    assertNotNull(story, "the posted article is in a story");
    browser.open(served.url("/stories/" + story));
    assertNoScriptRan();
    String page = browser.driver.findElement(By.id("app")).getText();
    assertTrue(page.contains(HostileArticle.SCRIPT), "shown as text on the story page");
    assertTrue(page.contains(HostileArticle.IMG), "shown as text on the story page");
  }

  @Test
  void homeAndSearchShowThePayloadAsText() throws Exception {
    browser.open(served.url("/"));
    assertNoScriptRan();
    assertTrue(browser.driver.findElement(By.id("app")).getText().contains(HostileArticle.SCRIPT));
    browser.open(served.url("/search?q=" + URLEncoder.encode("الجسر", StandardCharsets.UTF_8)));
    assertNoScriptRan();
    assertTrue(browser.driver.findElement(By.id("app")).getText().contains(HostileArticle.SCRIPT));
  }

  private void assertNoScriptRan() {
    assertNull(browser.script("return window.__xss;"), "a payload ran");
    // Nothing from the payload became an element: no <img src=x> and no script but the app's own.
    assertEquals(0L, browser.script("return document.querySelectorAll('#app img, #app script').length;"));
  }
}
