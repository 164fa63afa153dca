package org.marsad.e2e;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium through the system chromedriver (Debian: apt-get install chromium chromium-driver).
 * Both paths are given explicitly, so Selenium never looks for or downloads a browser. A missing browser
 * fails the test with the install command: CI installs it, and a test that cannot run must not pass.
 */
final class Browser implements AutoCloseable {

  static final Path CHROMIUM = Path.of(System.getProperty("marsad.chromium", "/usr/bin/chromium"));
  static final Path CHROMEDRIVER = Path.of(System.getProperty("marsad.chromedriver", "/usr/bin/chromedriver"));

  /**
   * The tests use WebDriver only, never the DevTools protocol, whose per-version bindings are left out;
   * Selenium would warn on every start that it has none for this Chromium. Held so the level stays set.
   */
  private static final Logger CDP_LOG = Logger.getLogger("org.openqa.selenium.devtools");

  static {
    CDP_LOG.setLevel(Level.SEVERE);
  }

  final WebDriver driver;

  Browser() {
    for (Path p : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(p)) {
        throw new IllegalStateException("The web UI's end-to-end tests need Chromium and its driver, and " + p
            + " is missing. Install them with: apt-get install -y chromium chromium-driver "
            + "(or pass -Dmarsad.chromium=PATH -Dmarsad.chromedriver=PATH).");
      }
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    // --no-sandbox: CI containers run as root, where Chromium's sandbox cannot start.
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--window-size=1280,1600", "--lang=ar", "--hide-scrollbars");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
  }

  /** Opens a UI address and waits until the page has rendered (app.js marks the body when done). */
  void open(String url) {
    driver.get(url);
    waitUntilRendered();
  }

  void waitUntilRendered() {
    new WebDriverWait(driver, Duration.ofSeconds(20))
        .until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-ready", "true"));
  }

  Object script(String js) {
    return ((JavascriptExecutor) driver).executeScript(js);
  }

  @Override
  public void close() {
    driver.quit();
  }
}
