package org.marsad.core.entities;

/** Entity ids: "n" and the entity's number, zero-padded to six digits ("n000001"), wider past a million. */
final class EntityIds {

  private EntityIds() {}

  static String format(int number) {
    return String.format("n%06d", number);
  }

  /** The number of {@code id}, or -1 when it is not an entity id. */
  static int parse(String id) {
    if (id == null || id.length() < 7 || id.charAt(0) != 'n') return -1;
    int n = 0;
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < '0' || c > '9' || n > (Integer.MAX_VALUE - 9) / 10) return -1;
      n = n * 10 + (c - '0');
    }
    return n > 0 && format(n).equals(id) ? n : -1;
  }
}
