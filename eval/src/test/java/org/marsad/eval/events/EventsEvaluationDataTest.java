package org.marsad.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.marsad.eval.DataPaths;

/** End to end on the real dev gold, with the TF-IDF baseline at several thresholds. */
class EventsEvaluationDataTest {

  @Test
  void tfidfBaselineOnTheDevGold() throws Exception {
    Path gold = DataPaths.dataset("ant_events_dev/gold.tsv");
    Path corpus = DataPaths.dataset("ant_multisource");
    assumeTrue(Files.isRegularFile(gold) && Files.isDirectory(corpus), "shared datasets absent");

    GoldEvents g = GoldEvents.read(gold);
    GoldCorpus.Selection sel = GoldCorpus.select(corpus, g.eventOf().keySet());
    Map<String, EventClustering> systems = new LinkedHashMap<>(EventsEvaluation.baselines());
    for (double t : new double[] {0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3}) systems.put("tfidf@" + t, new TfIdfSinglePass(t));
    EventsEvaluation.Report r = EventsEvaluation.score(g, sel, systems, gold.toString(), corpus.toString());
    System.out.print(r.format());

    assertEquals(448, g.size());
    assertEquals(0, r.missing().size(), "missing: " + r.missing());
    assertEquals(448, r.articles());
    double f1 = r.systems().get(0).bcubed().f1();
    assertTrue(f1 > 0.6 && f1 < 0.95, "TF-IDF baseline B-cubed F1 " + f1);
  }
}
