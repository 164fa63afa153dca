package org.marsad.readers.json;

import com.fasterxml.jackson.databind.JsonNode;
import org.marsad.core.model.RawArticle;
import org.marsad.readers.InputFile;
import org.marsad.readers.ReadListener;
import org.marsad.readers.html.BlockText;
import org.marsad.readers.meta.IsoDates;
import org.marsad.readers.meta.Outlets;
import org.marsad.readers.meta.Whitespace;

/** Turns one JSON record into a RawArticle, or a "bad record" skip. Immutable and thread-safe. */
final class JsonRecordMapper {

  private final FieldMapping fields;

  JsonRecordMapper(FieldMapping fields) {
    this.fields = fields;
  }

  boolean hasText(JsonNode record) {
    return fields.get(record, "text") != null;
  }

  /**
   * @param key the record's place in the file: its index in the array (JSON) or its line number (JSON Lines)
   */
  void emit(JsonNode record, long key, InputFile in, String format, ReadListener listener) {
    String origin = in.origin() + "#" + key;
    if (!record.isObject()) {
      listener.skipped(origin, ReadListener.BAD_RECORD, "a JSON " + record.getNodeType().name().toLowerCase() + ", not an object");
      return;
    }
    String text = fields.get(record, "text");
    if (text == null) {
      listener.skipped(origin, ReadListener.BAD_RECORD, "no text (looked for " + fields.describe("text") + ")");
      return;
    }
    if (BlockText.looksLikeHtml(text)) text = BlockText.fromHtmlFragment(text);
    if (Whitespace.isBlank(text)) {
      listener.skipped(origin, ReadListener.BAD_RECORD, "text field holds only markup");
      return;
    }
    String url = fields.get(record, "url");
    String id = fields.get(record, "id");
    String sourceId = id != null ? id : url != null ? url : in.relativePath() + "#" + key;
    String outlet = Outlets.firstOf(fields.get(record, "outlet"), Outlets.hostOf(url), in.folder());
    String published = IsoDates.normalize(fields.get(record, "published"));
    listener.article(new RawArticle(sourceId, outlet, url, fields.get(record, "title"), published, text, false,
        in.origin(), format));
  }
}
