package org.marsad.eval.reuse;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.marsad.core.reuse.Passage;
import org.marsad.core.reuse.PassageAligner;
import org.marsad.core.reuse.ReuseIndex;
import org.marsad.core.reuse.ReuseOptions;

/**
 * Text-reuse detection on a PAN text-alignment corpus, scored with {@link PlagDet}. Every system indexes all
 * source documents, takes each suspicious document's candidates from its {@link ReuseIndex} (never from the
 * gold), aligns it with each candidate and reports the passages as detections. The gold only scores.
 */
public final class ReuseEvaluation {

  /** Marsad's aligner with the PAN preset. */
  public static final String MARSAD = "marsad-pan";
  /** Exact 5-word seeds without gaps (Passim's default n-gram), same candidates. */
  public static final String BASELINE = "exact-5gram";
  /** How many candidate sources each suspicious document is aligned with; the corpus has at most 15. */
  public static final int MAX_CANDIDATES = 30;

  /** The obfuscations reported one by one: the corpus's names and the report's keys. */
  static final Map<String, String> OBFUSCATIONS = obfuscations();

  /**
   * One system's figures; the scores are null when the corpus has no gold.
   *
   * @param recallByObfuscation macro recall over the cases of each obfuscation (empty when unscored)
   * @param millis wall time of indexing (shared by all systems, counted in each) and aligning
   */
  public record SystemResult(String name, Double plagdet, Double precision, Double recall, Double granularity,
      int detections, int detectedCases, Map<String, Double> recallByObfuscation, long millis) {}

  /**
   * @param scored whether the corpus had gold annotations to score against
   * @param plagdetRatio the first system's plagdet over the baseline's (null when unscored)
   * @param skipped one line per file left out, with the reason
   * @param seconds wall time of the whole run, reading and preparing the documents included
   */
  public record Report(String corpus, int suspiciousDocuments, int sourceDocuments, boolean scored, int cases,
      Map<String, Integer> casesByObfuscation, List<SystemResult> systems, Double plagdetRatio,
      List<String> skipped, double seconds) {

    public String format() {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "reuse: %s: %d suspicious, %d source documents, %d cases%n", corpus,
          suspiciousDocuments, sourceDocuments, cases));
      if (!scored) {
        sb.append("no annotations in this corpus: nothing to score (detections only)\n");
        for (SystemResult s : systems) {
          sb.append(String.format(Locale.ROOT, "%-12s %6d detections %8.1f seconds%n", s.name(), s.detections(),
              s.millis() / 1000.0));
        }
        return sb.append(skippedLine()).toString();
      }
      sb.append(String.format(Locale.ROOT, "%-12s %7s %7s %7s %7s %6s %6s", "system", "plagdet", "prec",
          "recall", "gran", "dets", "found"));
      for (String key : OBFUSCATIONS.values()) sb.append(String.format(Locale.ROOT, " %9s", shortName(key)));
      sb.append(String.format(Locale.ROOT, " %8s%n", "seconds"));
      for (SystemResult s : systems) {
        sb.append(String.format(Locale.ROOT, "%-12s %7.4f %7.4f %7.4f %7.4f %6d %6d", s.name(), s.plagdet(),
            s.precision(), s.recall(), s.granularity(), s.detections(), s.detectedCases()));
        for (String key : OBFUSCATIONS.values()) {
          Double r = s.recallByObfuscation().get(key);
          sb.append(r == null ? String.format(Locale.ROOT, " %9s", "-") : String.format(Locale.ROOT, " %9.4f", r));
        }
        sb.append(String.format(Locale.ROOT, " %8.1f%n", s.millis() / 1000.0));
      }
      sb.append("cases per obfuscation: ");
      List<String> parts = new ArrayList<>();
      casesByObfuscation.forEach((k, n) -> parts.add(k + " " + n));
      sb.append(String.join(", ", parts)).append('\n');
      if (systems.size() > 1) {
        sb.append(String.format(Locale.ROOT, "plagdet ratio %s / %s: %.2f%n", systems.get(0).name(),
            systems.get(1).name(), plagdetRatio));
      }
      return sb.append(skippedLine()).toString();
    }

    private String skippedLine() {
      String time = String.format(Locale.ROOT, "%.1f seconds in all%n", seconds);
      return skipped.isEmpty() ? time : skipped.size() + " file(s) skipped (reasons above)\n" + time;
    }

    private static String shortName(String key) {
      return key.length() <= 9 ? key : key.substring(0, 9);
    }
  }

  private ReuseEvaluation() {}

  /** Marsad's PAN preset (with {@code minWords} when positive) and the baseline, in that order. */
  public static Map<String, ReuseOptions> systems(int minWords) {
    Map<String, ReuseOptions> out = new LinkedHashMap<>();
    ReuseOptions pan = ReuseOptions.pan();
    out.put(MARSAD, minWords > 0 ? pan.withMinWords(minWords) : pan);
    ReuseOptions baseline = ReuseOptions.exactBaseline();
    out.put(BASELINE, minWords > 0 ? baseline.withMinWords(minWords) : baseline);
    return out;
  }

  /**
   * Runs every system over the corpus and scores it when there is gold.
   *
   * @param detectionsDir where to write the first system's detections as PAN XML; null for none
   * @param errors where skipped files are reported, one line each
   */
  public static Report run(Path corpusDir, Map<String, ReuseOptions> systems, Path detectionsDir,
      PrintStream errors) throws IOException {
    long start = System.nanoTime();
    PanCorpus corpus = new PanCorpus(corpusDir, errors);
    Map<String, Integer> casesByObfuscation = new LinkedHashMap<>();
    for (Map.Entry<String, String> o : OBFUSCATIONS.entrySet()) {
      casesByObfuscation.put(o.getValue(), (int) corpus.cases.stream()
          .filter(c -> o.getKey().equals(c.obfuscation())).count());
    }
    // Every system aligns the same candidates, found with the first system's index: only alignment differs.
    long t0 = System.nanoTime();
    List<List<ReuseIndex.Candidate>> candidates = candidates(corpus, systems.values().iterator().next(),
        MAX_CANDIDATES);
    long indexMillis = (System.nanoTime() - t0) / 1_000_000;
    List<SystemResult> results = new ArrayList<>();
    boolean first = true;
    for (Map.Entry<String, ReuseOptions> system : systems.entrySet()) {
      long t1 = System.nanoTime();
      Map<String, List<PanAnnotation>> detections = align(corpus, system.getValue(), candidates);
      long millis = indexMillis + (System.nanoTime() - t1) / 1_000_000;
      if (first && detectionsDir != null) write(detections, detectionsDir);
      first = false;
      results.add(score(system.getKey(), corpus, detections, millis));
    }
    Double ratio = results.size() > 1 && corpus.annotated ? results.get(0).plagdet() / results.get(1).plagdet() : null;
    return new Report(corpusDir.toString(), corpus.suspicious.size(), corpus.sources.size(), corpus.annotated,
        corpus.cases.size(), casesByObfuscation, results, ratio, corpus.skipped,
        (System.nanoTime() - start) / 1e9);
  }

  /** Each suspicious document's detections, by document name, in the corpus's order. */
  static Map<String, List<PanAnnotation>> detect(PanCorpus corpus, ReuseOptions options, int maxCandidates) {
    return align(corpus, options, candidates(corpus, options, maxCandidates));
  }

  /** Each suspicious document's candidate sources from an index of all sources. */
  static List<List<ReuseIndex.Candidate>> candidates(PanCorpus corpus, ReuseOptions options, int maxCandidates) {
    ReuseIndex index = new ReuseIndex(options);
    for (int i = 0; i < corpus.sources.size(); i++) index.add(i, corpus.sources.get(i).prepared());
    List<List<ReuseIndex.Candidate>> out = new ArrayList<>();
    for (PanCorpus.Doc d : corpus.suspicious) out.add(index.candidates(d.prepared(), maxCandidates));
    return out;
  }

  /** Aligns each suspicious document with its candidates; the aligner is thread-safe, so in parallel. */
  static Map<String, List<PanAnnotation>> align(PanCorpus corpus, ReuseOptions options,
      List<List<ReuseIndex.Candidate>> candidates) {
    PassageAligner aligner = new PassageAligner(options);
    List<List<PanAnnotation>> found = IntStream.range(0, corpus.suspicious.size()).parallel()
        .mapToObj(i -> align(aligner, corpus, corpus.suspicious.get(i), candidates.get(i))).toList();
    Map<String, List<PanAnnotation>> out = new LinkedHashMap<>();
    for (int i = 0; i < found.size(); i++) out.put(corpus.suspicious.get(i).name(), found.get(i));
    return out;
  }

  private static List<PanAnnotation> align(PassageAligner aligner, PanCorpus corpus, PanCorpus.Doc suspicious,
      List<ReuseIndex.Candidate> candidates) {
    List<PanAnnotation> out = new ArrayList<>();
    for (ReuseIndex.Candidate c : candidates) {
      PanCorpus.Doc source = corpus.sources.get(c.docId());
      for (Passage p : aligner.align(source.prepared(), suspicious.prepared())) {
        out.add(new PanAnnotation(suspicious.name(), codePoints(suspicious.text(), p.targetStart()),
            codePoints(suspicious.text(), p.targetEnd()), source.name(), codePoints(source.text(), p.sourceStart()),
            codePoints(source.text(), p.sourceEnd()), null));
      }
    }
    return out;
  }

  /** PAN offsets count characters (code points); Java's count UTF-16 units. */
  private static int codePoints(String text, int index) {
    return text.codePointCount(0, index);
  }

  private static SystemResult score(String name, PanCorpus corpus, Map<String, List<PanAnnotation>> detections,
      long millis) {
    List<PanAnnotation> all = detections.values().stream().flatMap(List::stream).toList();
    if (!corpus.annotated) {
      return new SystemResult(name, null, null, null, null, all.size(), 0, Map.of(), millis);
    }
    PlagDet.Score s = PlagDet.score(corpus.cases, all);
    Map<String, Double> byObfuscation = new LinkedHashMap<>();
    for (Map.Entry<String, String> o : OBFUSCATIONS.entrySet()) {
      List<PanAnnotation> cases = corpus.cases.stream().filter(c -> o.getKey().equals(c.obfuscation())).toList();
      if (!cases.isEmpty()) byObfuscation.put(o.getValue(), PlagDet.macroRecall(cases, all));
    }
    return new SystemResult(name, s.plagdet(), s.precision(), s.recall(), s.granularity(), all.size(),
        s.detectedCases(), byObfuscation, millis);
  }

  private static void write(Map<String, List<PanAnnotation>> detections, Path dir) throws IOException {
    Files.createDirectories(dir);
    for (Map.Entry<String, List<PanAnnotation>> e : detections.entrySet()) {
      String xml = e.getKey().replaceAll("\\.txt$", "") + ".xml";
      PanXml.writeDetections(dir.resolve(xml), e.getKey(), e.getValue());
    }
  }

  private static Map<String, String> obfuscations() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put("none", "none");
    out.put("word shuffling", "word_shuffling");
    out.put("phrase shuffling", "phrase_shuffling");
    out.put("manual synonym substitution", "synonym_substitution");
    out.put("manual paraphrasing", "paraphrase");
    return out;
  }
}
