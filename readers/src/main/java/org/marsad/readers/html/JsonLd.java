package org.marsad.readers.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Schema.org JSON-LD blocks: finds the article object (NewsArticle, Article, BlogPosting...) even when
 * it sits in an array or an {@code @graph}, and reads its datePublished and headline. Thread-safe.
 */
final class JsonLd {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What the article object says. */
  record Found(String datePublished, String headline) {}

  private JsonLd() {}

  static Found find(Document doc) {
    Found fallback = null;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = MAPPER.readTree(script.data());
      } catch (JsonProcessingException e) {
        continue; // A broken JSON-LD block is common and harmless: the meta tags still count.
      }
      if (root == null) continue;
      Found[] best = new Found[2]; // [0]: an *Article type; [1]: any object with datePublished
      search(root, best, 0);
      if (best[0] != null) return best[0];
      if (fallback == null) fallback = best[1];
    }
    return fallback;
  }

  private static void search(JsonNode n, Found[] best, int depth) {
    if (depth > 8 || best[0] != null) return;
    if (n.isArray()) {
      for (JsonNode item : n) search(item, best, depth + 1);
      return;
    }
    if (!n.isObject()) return;
    JsonNode date = n.get("datePublished");
    if (date != null && date.isTextual()) {
      Found f = new Found(date.asText(), text(n.get("headline")));
      if (isArticleType(n.get("@type"))) {
        best[0] = f;
        return;
      }
      if (best[1] == null) best[1] = f;
    }
    JsonNode graph = n.get("@graph");
    if (graph != null) search(graph, best, depth + 1);
    JsonNode main = n.get("mainEntity");
    if (main != null) search(main, best, depth + 1);
  }

  private static boolean isArticleType(JsonNode type) {
    if (type == null) return false;
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (isArticleType(t)) return true;
      }
      return false;
    }
    String t = type.asText();
    return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("ReportageNews");
  }

  private static String text(JsonNode n) {
    return n != null && n.isTextual() && !n.asText().isBlank() ? n.asText().strip() : null;
  }
}
