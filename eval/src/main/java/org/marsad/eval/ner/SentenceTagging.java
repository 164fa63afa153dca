package org.marsad.eval.ner;

import java.util.ArrayList;
import java.util.List;
import org.marsad.ner.NerTagger;
import org.marsad.ner.conll.BioTags;
import org.marsad.ner.conll.Chunk;
import org.marsad.ner.conll.ConllSentence;
import org.marsad.ner.features.Tokens;

/**
 * Tags a gold sentence's tokens as given. The tagger sees the tokens Marsad's tokenizer would make (no
 * punctuation-only tokens); a chunk is mapped back over the original tokens, so punctuation inside a name
 * (a hyphen between two parts) is inside the predicted entity, as it would be in a character span.
 */
final class SentenceTagging {

  private SentenceTagging() {}

  static List<Chunk> predict(NerTagger tagger, ConllSentence sentence) {
    List<Integer> original = new ArrayList<>();
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      if (Tokens.isTaggable(sentence.words().get(i))) {
        original.add(i);
        kept.add(sentence.words().get(i));
      }
    }
    List<Chunk> out = new ArrayList<>();
    for (Chunk c : tagger.tag(kept.toArray(String[]::new))) {
      out.add(new Chunk(original.get(c.start()), original.get(c.end() - 1) + 1, c.type()));
    }
    return out;
  }

  static List<Chunk> gold(ConllSentence sentence) {
    return BioTags.chunks(sentence.tags());
  }
}
