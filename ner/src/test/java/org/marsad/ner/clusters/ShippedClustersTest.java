package org.marsad.ner.clusters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The clusters shipped in the jar, learned by {@code marsad train clusters} from the two shared news
 * corpora: names must fall with names of their kind, and clusters must tell ANERcorp's entity types apart.
 */
class ShippedClustersTest {

  private static final WordClusters SHIPPED = WordClusters.standard();

  private static Set<String> at256(String... words) {
    return List.of(words).stream().map(w -> SHIPPED.cluster(w, 256)).collect(Collectors.toSet());
  }

  @Test
  void holdsTheVocabularyAtThreeLevelsAndIsLoadedOnce() {
    assertEquals(List.of(64, 256, 1024), SHIPPED.levels());
    assertEquals(100_000, SHIPPED.size());
    assertSame(SHIPPED, WordClusters.standard());
  }

  @Test
  void citiesGoWithCitiesAndPoliticiansWithPoliticians() {
    Set<String> capitals = at256("باريس", "لندن", "دمشق", "القاهره", "بغداد");
    Set<String> syrianAndYemeniTowns = at256("حلب", "ادلب", "درعا", "صنعاء", "تعز");
    Set<String> politicians = at256("كيري", "لافروف", "اوباما", "ترامب", "بوتين", "اردوغان");
    assertEquals(1, capitals.size(), "capitals: " + capitals);
    assertEquals(1, syrianAndYemeniTowns.size(), "towns: " + syrianAndYemeniTowns);
    assertEquals(1, politicians.size(), "politicians: " + politicians);
    assertNotEquals(capitals, politicians);
    assertNotEquals(syrianAndYemeniTowns, politicians);
  }

  @Test
  void clustersPredictTheEntityTypesOfAnercorpWords() throws Exception {
    Path anercorp = Path.of(System.getProperty("marsad.repo", "."))
        .resolve("../shared/datasets/anercorp/ANERcorp_reconstructed_train.txt").normalize();
    assumeTrue(Files.isRegularFile(anercorp), "shared ANERcorp absent");
    EntityTypeAgreement agreement = new EntityTypeAgreement(anercorp);
    for (int level : SHIPPED.levels()) System.out.println("clusters " + level + ": " + agreement.score(SHIPPED, level));
    EntityTypeAgreement.Score at256 = agreement.score(SHIPPED, 256);
    assertTrue(at256.entities() > 2000, at256.toString());
    assertTrue(at256.f1() > 0.55, at256.toString());
  }
}
