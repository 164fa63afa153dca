package org.marsad.eval.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.marsad.eval.DataPaths;

/** End to end on the real EASC with the Lead baseline and the oracle. */
class SummariesEvaluationDataTest {

  @Test
  void leadAndOracleOnEasc() throws Exception {
    Path easc = DataPaths.dataset("easc");
    assumeTrue(Files.isDirectory(easc.resolve("Articles")), "shared EASC absent");

    List<Easc.EascArticle> corpus = Easc.read(easc);
    // The shared copy holds 102 topics of one article each, five summaries per article.
    assertEquals(102, corpus.size());
    for (Easc.EascArticle a : corpus) {
      assertEquals(5, a.references().size(), a.id());
      assertTrue(!a.text().startsWith("\uFEFF") && !a.references().get(0).startsWith("\uFEFF"), "BOM kept");
    }

    SummariesEvaluation.Report r = SummariesEvaluation.score(corpus, SummariesEvaluation.baselines(), easc.toString());
    System.out.print(r.format());
    SummariesEvaluation.SystemRouge lead = r.systems().get(0);
    SummariesEvaluation.SystemRouge oracle = r.systems().get(1);
    assertEquals(SummariesEvaluation.ORACLE, oracle.name());
    assertTrue(oracle.rouge2() >= lead.rouge2(), "oracle below Lead on ROUGE-2");
    assertTrue(lead.rouge2() > 0.2 && lead.rouge2() < oracle.rouge2(), "Lead ROUGE-2 " + lead.rouge2());
    assertTrue(oracle.rouge2() < 1.0);
    assertEquals(1.0, oracle.rouge2ToOracle(), 1e-12);
  }
}
