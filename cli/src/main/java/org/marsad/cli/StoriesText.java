package org.marsad.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ingest.stories.Story;

/** How stories look in a terminal. */
final class StoriesText {
  private StoriesText() {}

  static void table(PrintStream out, List<Story> stories) {
    Table t = new Table("STORY", "ARTICLES", "OUTLETS", "FIRST_SEEN", "LAST_SEEN", "TITLE");
    for (Story s : stories) {
      t.row(s.id(), s.articles().size(), s.outlets().size(), day(s.firstSeen()), day(s.lastSeen()),
          Display.clip(Display.oneLine(s.title()), Display.TITLE_CHARS));
    }
    t.print(out);
  }

  /**
   * One story in full: its articles, its summary, entities, timeline, quotes and disagreements, each line
   * with the article and offsets it cites.
   */
  static void story(PrintStream out, Story s) {
    out.println(s.id() + "  " + Display.oneLine(s.title()));
    out.printf("storyline %s · %s … %s · %d articles from %s%n", s.storyline(), day(s.firstSeen()),
        day(s.lastSeen()), s.articles().size(), String.join(", ", s.outlets()));
    if (!s.mergedIds().isEmpty()) out.println("merged from " + String.join(", ", s.mergedIds()));
    Table t = new Table("  ARTICLE", "OUTLET", "PUBLISHED", "SOURCE", "DUPLICATE_OF", "TITLE");
    for (Story.StoryArticle a : s.articles()) {
      t.row("  " + a.id(), a.outlet(), day(a.published()), a.sourceId(), a.duplicateOf(),
          Display.clip(Display.oneLine(a.title()), 50));
    }
    t.print(out);
    if (!s.summary().isEmpty()) {
      out.println("  summary:");
      for (Story.SummaryLine l : s.summary()) {
        out.printf("  - %s  [%s %d–%d]%n", Display.oneLine(l.text()), l.article(), l.start(), l.end());
      }
    }
    if (!s.entities().isEmpty()) {
      List<String> names = new ArrayList<>();
      for (var e : s.entities().subList(0, Math.min(12, s.entities().size()))) names.add(e.name() + " (" + e.type() + ")");
      out.println("  entities: " + String.join(" · ", names));
    }
    if (!s.timeline().isEmpty()) {
      out.println("  timeline:");
      for (Story.TimelineLine l : s.timeline()) {
        out.printf("  %s%s  %s  [%s %d–%d]%n", l.date(), l.since() ? " →" : "", Display.clip(Display.oneLine(l.text()), 110),
            l.article(), l.start(), l.end());
      }
    }
    if (!s.disagreements().isEmpty()) {
      out.println("  disagreements:");
      for (Story.DisagreementLine d : s.disagreements()) {
        String why = switch (d.reason()) {
          case "count_vs_named" -> " (the list names " + d.claims().get(0).members().size() + ", not "
              + d.claims().get(0).value() + ")";
          case "members" -> " (listed by some, not all: " + String.join("، ", d.unshared()) + ")";
          default -> "";
        };
        out.printf("  %s%s%s%s%s:%n", d.kind(), d.group() == null ? "" : " " + d.group(),
            d.place() == null ? "" : " in " + d.place(), d.period() == null ? "" : ", " + d.period(), why);
        for (Story.ClaimLine c : d.claims()) {
          out.printf("    %s  «%s»  [%s %d–%d]%n", c.outlet(), Display.oneLine(c.text()), c.article(), c.start(), c.end());
        }
      }
    } else if (!s.figures().isEmpty()) {
      out.println("  disagreements: none (" + s.figures().size() + " figures compared)");
    }
  }

  static String day(String published) {
    if (published == null) return "unknown";
    return published.length() > 10 ? published.substring(0, 10) : published;
  }
}
