package org.marsad.ingest.reuse;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.marsad.core.model.Article;
import org.marsad.store.ArticleStore;

/** Passages as `marsad reuse ID --json` and the server show them: each with both sides' characters. */
public final class ReuseTexts {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ReuseTexts() {}

  /** Each passage's fields plus {@code from_text} and {@code to_text}, sliced from the stored articles. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> withTexts(ArticleStore store, List<ReusePair> pairs) throws IOException {
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, String> texts = new HashMap<>();
    for (ReusePair p : pairs) {
      Map<String, Object> m = new LinkedHashMap<>(JSON.convertValue(p, LinkedHashMap.class));
      m.put("from_text", slice(store, texts, p.fromArticle(), p.fromStart(), p.fromEnd()));
      m.put("to_text", slice(store, texts, p.toArticle(), p.toStart(), p.toEnd()));
      out.add(m);
    }
    return out;
  }

  private static String slice(ArticleStore store, Map<String, String> texts, String article, int start, int end)
      throws IOException {
    String text = texts.get(article);
    if (text == null) {
      text = store.get(article).map(Article::text).orElse(null);
      if (text == null) return null;
      texts.put(article, text);
    }
    return text.substring(start, end);
  }
}
