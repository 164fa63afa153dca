package org.marsad.ner.conll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BioTagsTest {

  @Test
  void readsChunksTheWayConllevalDoes() {
    // From ANERcorp's first sentence: "اتحاد صناعة السيارات" is one ORG, "ألمانيا" a LOC.
    List<String> tags = List.of("O", "B-ORG", "I-ORG", "I-ORG", "O", "B-LOC");
    assertEquals(List.of(new Chunk(1, 4, "ORG"), new Chunk(5, 6, "LOC")), BioTags.chunks(tags));
  }

  @Test
  void anOrphanInsideTagStartsAChunkAndATypeChangeEndsOne() {
    // conlleval: I-PERS after O opens a chunk; I-LOC after I-PERS closes the PERS one and opens a LOC one.
    List<String> tags = List.of("O", "I-PERS", "I-LOC", "B-LOC", "B-LOC");
    assertEquals(List.of(new Chunk(1, 2, "PER"), new Chunk(2, 3, "LOC"), new Chunk(3, 4, "LOC"),
        new Chunk(4, 5, "LOC")), BioTags.chunks(tags));
  }

  @Test
  void tagsAreTheInverseOfChunks() {
    List<String> tags = List.of("B-PER", "I-PER", "O", "B-LOC", "B-LOC");
    assertEquals(tags, BioTags.tags(BioTags.chunks(tags), tags.size()));
  }
}
