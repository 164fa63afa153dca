package org.marsad.core.disagreements;

import java.util.List;

/**
 * A count followed by the list of what it counts: «5 دول غربية هي أميركا وبريطانيا وألمانيا وإيطاليا».
 * Offsets are into the article's original text; the list runs from the count to its last member.
 *
 * @param qualifier the words between the counted noun and «هي» («غربية»), or null
 * @param count the stated number
 * @param members the names listed, as written, each with its offsets
 */
public record NamedList(int start, int end, String kind, String qualifier, long count, List<Member> members) {

  public NamedList {
    members = List.copyOf(members);
  }

  /** One listed name. */
  public record Member(String name, int start, int end) {}
}
