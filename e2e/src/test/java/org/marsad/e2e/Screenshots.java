package org.marsad.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Saves what the browser shows as a PNG under e2e/target/screenshots/ (a test artifact). */
final class Screenshots {

  private Screenshots() {}

  static Path save(WebDriver driver, String name) throws IOException {
    Path dir = Path.of(System.getProperty("marsad.screenshots", "target/screenshots"));
    Files.createDirectories(dir);
    Path file = dir.resolve(name + ".png");
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, file, StandardCopyOption.REPLACE_EXISTING);
    return file;
  }
}
