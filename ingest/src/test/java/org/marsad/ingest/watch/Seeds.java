package org.marsad.ingest.watch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The five seed articles of samples/aleppo-2016, and an RSS feed made of their text. */
final class Seeds {

  private Seeds() {}

  /** The repository root: surefire passes it; otherwise walk up to the folder holding samples/. */
  static Path folder() {
    String p = System.getProperty("marsad.repo");
    if (p != null && Files.isDirectory(Path.of(p, "samples"))) return Path.of(p, "samples/aleppo-2016");
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("samples"))) dir = dir.getParent();
    if (dir == null) throw new IllegalStateException("cannot find the repository root");
    return dir.resolve("samples/aleppo-2016");
  }

  /** Seed file "000_..." and so on, by its three-digit prefix. */
  static Path file(String prefix) throws Exception {
    try (var files = Files.list(folder())) {
      return files.filter(f -> f.getFileName().toString().startsWith(prefix + "_")).findFirst().orElseThrow();
    }
  }

  /** One feed item: a seed's first line as title, the rest as paragraphs, with a plausible date. */
  record Item(String seed, String title, List<String> paragraphs, String pubDate) {
    String guid() {
      return "https://news.example/aleppo/" + seed;
    }
  }

  /** The publication dates the seeds report (003 is Kerry heading to Geneva in spring 2016). */
  static String pubDateOf(String seed) {
    return switch (seed) {
      case "003" -> "Sun, 01 May 2016 09:10:00 +0300";
      case "004" -> "Wed, 30 Nov 2016 16:20:00 +0100";
      default -> "Sat, 10 Dec 2016 19:" + seed.substring(1) + ":00 +0100";
    };
  }

  static Item item(String seed) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String l : Files.readString(file(seed)).split("\n")) {
      if (!l.isBlank()) lines.add(l.strip());
    }
    return new Item(seed, lines.get(0), lines.subList(1, lines.size()), pubDateOf(seed));
  }

  /** An RSS 2.0 feed whose items carry the seeds' full text in content:encoded and their lead in description. */
  static String rss(List<String> seeds) throws Exception {
    StringBuilder sb = new StringBuilder("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel>
          <title>أخبار حلب</title><link>https://news.example/</link><description>آخر الأخبار</description>
        """);
    for (String seed : seeds) {
      Item item = item(seed);
      StringBuilder html = new StringBuilder();
      for (String p : item.paragraphs()) html.append("<p>").append(p).append("</p>");
      sb.append("  <item>\n")
          .append("    <title>").append(escape(item.title())).append("</title>\n")
          .append("    <link>").append(item.guid()).append("</link>\n")
          .append("    <guid isPermaLink=\"true\">").append(item.guid()).append("</guid>\n")
          .append("    <pubDate>").append(item.pubDate()).append("</pubDate>\n")
          .append("    <description>").append(escape(item.paragraphs().get(0))).append("</description>\n")
          .append("    <content:encoded><![CDATA[").append(html).append("]]></content:encoded>\n")
          .append("  </item>\n");
    }
    return sb.append("</channel>\n</rss>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
