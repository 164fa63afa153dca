package org.marsad.eval.spans;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.marsad.ner.conll.BioTags;
import org.marsad.ner.conll.Chunk;
import org.marsad.ner.conll.ColumnFile;

/**
 * Reads "token TAG [TAG ...]" lines, a blank line between sentences (the Wojood sample's format): every
 * column after the token is one layer of BIO tags, read into typed spans over the sentence's text.
 */
final class LayeredReader {

  private LayeredReader() {}

  static List<LayeredSentence> read(Path file) throws IOException {
    List<LayeredSentence> out = new ArrayList<>();
    for (List<String[]> rows : ColumnFile.sentences(file)) out.add(sentence(rows));
    return out;
  }

  private static LayeredSentence sentence(List<String[]> rows) {
    StringBuilder text = new StringBuilder();
    List<int[]> offsets = new ArrayList<>();
    int layers = 0;
    for (String[] r : rows) {
      if (text.length() > 0) text.append(' ');
      offsets.add(new int[] {text.length(), text.length() + r[0].length()});
      text.append(r[0]);
      layers = Math.max(layers, r.length - 1);
    }
    List<LayeredSentence.TypedSpan> gold = new ArrayList<>();
    for (int layer = 1; layer <= layers; layer++) {
      List<String> tags = new ArrayList<>();
      for (String[] r : rows) tags.add(layer < r.length ? r[layer] : "O");
      for (Chunk c : BioTags.chunks(tags)) {
        gold.add(new LayeredSentence.TypedSpan(c.type(), offsets.get(c.start())[0], offsets.get(c.end() - 1)[1]));
      }
    }
    return new LayeredSentence(text.toString(), gold);
  }
}
