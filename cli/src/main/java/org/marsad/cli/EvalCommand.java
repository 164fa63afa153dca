package org.marsad.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.marsad.core.stories.ClusteringOptions;
import org.marsad.eval.events.EventClustering;
import org.marsad.eval.events.EventsEvaluation;
import org.marsad.eval.events.GoldCorpus;
import org.marsad.eval.events.GoldEvents;
import org.marsad.eval.events.MarsadClustering;
import org.marsad.eval.ner.NerEvaluation;
import org.marsad.eval.summaries.MarsadSummarizer;
import org.marsad.eval.summaries.SingleDocSummarizer;
import org.marsad.eval.summaries.SummariesEvaluation;
import org.marsad.ner.NerModels;
import org.marsad.ner.NerTagger;
import org.marsad.ner.conll.ConllReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** marsad eval ...: Marsad against gold data, with the baselines printed in the same run. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Evaluations against gold data; each prints its baselines in the same run.",
    subcommands = {EvalCommand.Events.class, EvalCommand.Summaries.class, EvalCommand.Ner.class,
        EvalCommand.Spans.class, EvalCommand.Reuse.class})
final class EvalCommand implements Runnable {

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "events", mixinStandardHelpOptions = true,
      description = {"Cluster the gold articles into events; print B-cubed and pairwise P/R/F1 for Marsad",
          "and for a plain TF-IDF single-pass baseline; then Marsad's storylines against the gold storylines."})
  static final class Events implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "TSV", description = "docno<TAB>event_id[<TAB>...] with a header.")
    Path gold;

    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus holding the gold docnos (ANT).")
    Path corpus;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      requireExists(gold);
      requireExists(corpus);
      Map<String, EventClustering> systems = new LinkedHashMap<>();
      systems.put(MarsadClustering.NAME, new MarsadClustering(ClusteringOptions.defaults()));
      systems.putAll(EventsEvaluation.baselines());
      GoldEvents goldEvents = GoldEvents.read(gold);
      GoldCorpus.Selection selection = GoldCorpus.select(corpus, goldEvents.eventOf().keySet());
      EventsEvaluation.Report events =
          EventsEvaluation.score(goldEvents, selection, systems, gold.toString(), corpus.toString());
      // Storylines: Marsad's second level against the gold storyline column (the baseline has none).
      EventsEvaluation.Report storylines = EventsEvaluation.scoreStorylines(goldEvents, selection,
          Map.of(MarsadClustering.NAME, MarsadClustering.storylines(ClusteringOptions.defaults())),
          gold.toString(), corpus.toString());
      if (json) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("events", events);
        out.put("storylines", storylines);
        Json.printSnakeCase(System.out, out);
      } else {
        System.out.print(events.format());
        System.out.println();
        System.out.print(storylines.format("storylines"));
      }
      return 0;
    }
  }

  @Command(name = "summaries", mixinStandardHelpOptions = true,
      description = {"Summarise each EASC article within its references' average length; print ROUGE-1/2/L F1",
          "for Marsad, the Lead baseline and the extractive oracle, with each one's ratio to the oracle."})
  static final class Summaries implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The EASC folder (Articles/, MTurk/).")
    Path corpus;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      requireExists(corpus);
      Map<String, SingleDocSummarizer> systems = new LinkedHashMap<>();
      systems.put(MarsadSummarizer.NAME, new MarsadSummarizer());
      systems.putAll(SummariesEvaluation.baselines());
      SummariesEvaluation.Report report = SummariesEvaluation.run(corpus, systems);
      if (json) Json.printSnakeCase(System.out, report);
      else System.out.print(report.format());
      return 0;
    }
  }

  static void requireExists(Path p) {
    if (!Files.exists(p)) throw new IllegalArgumentException("no such file or folder: " + p);
  }

  @Command(name = "ner", mixinStandardHelpOptions = true,
      description = {"Tag a CoNLL file's tokens as given (word TAG lines, blank line between sentences, BIO tags);",
          "print entity-level (exact span and type) P/R/F1 per type and micro-averaged."})
  static final class Ner implements Callable<Integer> {
    @Option(names = "--test", required = true, paramLabel = "FILE", description = "The gold file, e.g. ANERcorp's test split.")
    Path test;

    @Option(names = "--predictions", paramLabel = "OUT", description = "Also write 'word gold predicted' lines here.")
    Path predictions;

    @Option(names = "--model", paramLabel = "FILE", description = "A model file instead of the shipped one.")
    Path model;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      requireExists(test);
      NerTagger tagger = new NerTagger(model == null ? NerModels.bundled() : NerModels.load(model));
      NerEvaluation.Report report =
          NerEvaluation.run(ConllReader.read(test), tagger, predictions, test.toString());
      if (json) Json.printSnakeCase(System.out, report);
      else System.out.print(report.format());
      return 0;
    }
  }

  @Command(name = "spans", mixinStandardHelpOptions = true,
      description = {"Detect numbers and dates in a nested-NER file (token TAG [TAG...] lines, e.g. the Wojood sample) and",
          "print P/R/F1 per type (CARDINAL, QUANTITY, MONEY, PERCENT, DATE, TIME as present), exact and overlap."})
  static final class Spans implements Callable<Integer> {
    @Option(names = "--test", required = true, split = ",", paramLabel = "FILE", description = "One or more files (comma-separated).")
    java.util.List<Path> test;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Option(names = "--errors", paramLabel = "FILE",
        description = "Write each missed gold span and each false alarm: miss|false<TAB>TYPE<TAB>span<TAB>sentence.")
    Path errors;

    @Override
    public Integer call() throws Exception {
      for (Path p : test) requireExists(p);
      org.marsad.eval.spans.SpansEvaluation.Report report;
      if (errors == null) {
        report = org.marsad.eval.spans.SpansEvaluation.run(test);
      } else {
        try (java.io.Writer w = Files.newBufferedWriter(errors)) {
          report = org.marsad.eval.spans.SpansEvaluation.run(test, w);
        }
      }
      if (json) Json.printSnakeCase(System.out, report);
      else System.out.print(report.format());
      return 0;
    }
  }

  @Command(name = "reuse", mixinStandardHelpOptions = true,
      description = {"Detect text reuse in a PAN text-alignment corpus (suspicious-documents/, source-documents/,",
          "plagiarism-annotation/): candidates from the seed index, passages from the aligner; print PAN plagdet,",
          "char precision and recall, granularity and recall per obfuscation for Marsad and an exact 5-gram baseline."})
  static final class Reuse implements Callable<Integer> {
    @Option(names = "--corpus", required = true, paramLabel = "DIR", description = "The corpus folder, e.g. AraPlagDet's.")
    Path corpus;

    @Option(names = "--detections", paramLabel = "DIR", description = "Write Marsad's detections here as PAN XML, one file per suspicious document.")
    Path detections;

    @Option(names = "--min-words", paramLabel = "N", description = "Minimum passage length in tokens (default: the PAN preset's).")
    int minWords;

    @Option(names = "--json", description = "Print the figures as one JSON object on stdout.")
    boolean json;

    @Override
    public Integer call() throws Exception {
      requireExists(corpus);
      org.marsad.eval.reuse.ReuseEvaluation.Report report = org.marsad.eval.reuse.ReuseEvaluation.run(corpus,
          org.marsad.eval.reuse.ReuseEvaluation.systems(minWords), detections, System.err);
      if (json) Json.printSnakeCase(System.out, report);
      else System.out.print(report.format());
      return 0;
    }
  }
}
