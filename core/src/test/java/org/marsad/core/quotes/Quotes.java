package org.marsad.core.quotes;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Picks the quote a test is about by the words it starts with, failing with the whole list if none. */
final class Quotes {

  private Quotes() {}

  static Quote startingWith(List<Quote> quotes, String prefix) {
    for (Quote q : quotes) {
      if (q.text().startsWith(prefix)) return q;
    }
    return fail("no quote starts with «" + prefix + "» in " + quotes);
  }

  static boolean noneStartsWith(List<Quote> quotes, String prefix) {
    return quotes.stream().noneMatch(q -> q.text().startsWith(prefix));
  }
}
