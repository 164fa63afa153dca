package org.marsad.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The README is the manual: its commands must exist, parse, and match what CI runs. */
class ReadmeTest {

  private static String readme() throws Exception {
    return Files.readString(Cli.repo().resolve("README.md"));
  }

  /** Every `./marsad ...` line in a README code block. */
  private static List<String> marsadLines() throws Exception {
    List<String> out = new ArrayList<>();
    Matcher block = Pattern.compile("```(?:bash|sh)?\\n(.*?)```", Pattern.DOTALL).matcher(readme());
    while (block.find()) {
      for (String line : block.group(1).split("\n")) {
        String cmd = line.replaceAll("\\s+#.*$", "").strip();
        if (cmd.startsWith("./marsad ")) out.add(cmd);
      }
    }
    return out;
  }

  @Test
  void theFirstCommandIsTheMainJobOnTheSeeds() throws Exception {
    List<String> lines = marsadLines();
    assertFalse(lines.isEmpty());
    assertEquals("./marsad analyze samples/aleppo-2016", lines.get(0));
  }

  @Test
  void everyDocumentedCommandLineParses() throws Exception {
    for (String line : marsadLines()) {
      String[] args = split(line.substring("./marsad ".length()));
      CommandLine cl = new CommandLine(new Marsad());
      // parseArgs checks subcommands, options and arity without running anything.
      cl.parseArgs(args);
    }
  }

  @Test
  void everyCommandIsDocumented() throws Exception {
    String readme = readme();
    for (String name : new CommandLine(new Marsad()).getSubcommands().keySet()) {
      if (name.equals("help")) continue;
      assertTrue(readme.contains("./marsad " + name), "README has no example of `marsad " + name + "`");
    }
  }

  @Test
  void ciRunsTheReadmeTestCommand() throws Exception {
    String ci = Files.readString(Cli.repo().resolve(".ci/run"));
    Matcher m = Pattern.compile("(\\./mvnw [^\\n#]*?)\\s+# builds and runs every test").matcher(readme());
    assertTrue(m.find(), "README must give the test command");
    assertTrue(ci.contains(m.group(1).strip()), ".ci/run must call " + m.group(1));
  }

  /** Splits like a shell for the simple quoting the README uses. */
  private static String[] split(String s) {
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile("\"([^\"]*)\"|'([^']*)'|(\\S+)").matcher(s);
    while (m.find()) out.add(m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3));
    return out.toArray(String[]::new);
  }
}
