package org.marsad.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.marsad.core.reuse.ReuseOptions;
import org.marsad.ingest.reuse.ReuseBuilder;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.core.summary.SummaryOptions;
import org.marsad.ingest.stories.Story;
import org.marsad.ingest.stories.StoryBuilder;
import org.marsad.store.ArticleStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * marsad analyze PATH...: the main job. Ingests, then brings the stories up to date: new articles join
 * an event or open one, and the stories that changed get a new cited summary.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
    description = {"Ingest PATH... (as marsad ingest), then group the store's articles into stories",
        "with a cited summary each.", "Example: marsad analyze samples/aleppo-2016"})
final class AnalyzeCommand extends IngestCommand {

  @Option(names = "--summary-words", paramLabel = "N", defaultValue = "120",
      description = "Summary length limit in words (default: ${DEFAULT-VALUE}; at most 5 sentences).")
  int summaryWords;

  /** Stories shown in full after the table. */
  static final int SHOWN_IN_FULL = 3;

  @Option(names = "--min-words", paramLabel = "N", defaultValue = "8",
      description = "Shortest copied passage reported, in words (default: ${DEFAULT-VALUE}).")
  int minWords;

  private ReuseBuilder.Result reuse;

  @Override
  StoryBuilder.Result afterIngest(ArticleStore store) throws Exception {
    if (summaryWords < 1) throw new IllegalArgumentException("--summary-words must be >= 1");
    if (minWords < 2) throw new IllegalArgumentException("--min-words must be >= 2");
    SummaryOptions summary = new SummaryOptions(SummaryOptions.defaults().maxSentences(), summaryWords);
    // Reuse first: the stories list the passages their articles share.
    reuse = new ReuseBuilder(ReuseOptions.defaults().withMinWords(minWords)).update(store);
    return new StoryBuilder(ClusteringOptions.defaults(), summary).update(store);
  }

  @Override
  void reportAfterIngest(Map<String, Object> out) {
    out.put("reuse_seconds", Math.round(reuse.seconds() * 1000) / 1000.0);
    out.put("reuse_new_passages", reuse.newPairs());
    out.put("reuse_passages", reuse.pairs().size());
  }

  @Override
  void printAfterIngest(PrintStream out) {
    out.println();
    out.printf("Reuse: %,d articles aligned, %,d new copied passages (%,d in all) in %.1f s — marsad reuse ID%n",
        reuse.articlesAligned(), reuse.newPairs(), reuse.pairs().size(), reuse.seconds());
  }

  static void printStories(PrintStream out, StoryBuilder.Result r) {
    out.println();
    out.printf("Stories: %,d (%,d articles clustered into %,d new or grown stories in %.1f s)%n",
        r.stories().size(), r.articlesClustered(), r.storiesChanged(), r.seconds());
    List<Story> top = r.stories().subList(0, Math.min(20, r.stories().size()));
    StoriesText.table(out, top);
    for (Story s : top.subList(0, Math.min(SHOWN_IN_FULL, top.size()))) {
      out.println();
      StoriesText.story(out, s);
    }
    if (r.stories().size() > top.size()) out.println("… marsad stories --limit N lists more");
  }
}
