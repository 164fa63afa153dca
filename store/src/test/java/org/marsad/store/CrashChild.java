package org.marsad.store;

import java.nio.file.Path;
import java.util.List;
import org.marsad.core.model.Article;

/**
 * Child process of {@link CrashSafetyTest}: adds numbered articles to a store forever, committing
 * every N and printing "committed COUNT" after each commit, until it is killed.
 */
public final class CrashChild {

  private CrashChild() {}

  /** Article number i: seed i % 5 with a numbered last line, so every article's text is unique. */
  static Article article(List<Article> seeds, int i) {
    Article base = seeds.get(i % seeds.size());
    String text = base.text() + "\nرقم " + i;
    return new Article("crash-" + i, "crash-" + i + ".txt", base.outlet(), base.url(), base.title(),
        base.published(), base.publishedFrom(), base.language(), text, base.spans(),
        base.duplicateOf(), base.origin(), base.format());
  }

  static long[] signature(int i) {
    return new long[] {i, i * 31L, -i};
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int every = Integer.parseInt(args[1]);
    List<Article> seeds = Seeds.all();
    try (ArticleStore store = ArticleStore.open(dir)) {
      System.out.println("opened " + store.count());
      for (int i = (int) store.count(); ; i++) {
        store.add(article(seeds, i), signature(i), List.of("line:" + (i % 7)));
        if ((i + 1) % every == 0) {
          store.commit();
          System.out.println("committed " + (i + 1));
        }
      }
    }
  }
}
