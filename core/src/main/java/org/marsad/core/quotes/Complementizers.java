package org.marsad.core.quotes;

import java.util.Set;

/** The particles that open what was said after a speech verb: إن / أن and their pronoun forms. */
final class Complementizers {

  // Folded, so إن and أن are the same form here; «بأن» follows وصف («وصفه بأنه»).
  private static final Set<String> FORMS = Set.of(
      "ان", "انه", "انها", "انهم", "انهما", "اننا", "انني", "بان", "بانه", "بانها", "بانهم");

  private Complementizers() {}

  static boolean is(String folded) {
    return FORMS.contains(folded);
  }

  /** «إلى» before «أن» belongs to the cue («أشار إلى أن»), not to the subject. Folded: ى is ي. */
  static boolean isLeadIn(String folded) {
    return folded.equals("الي");
  }

  /**
   * The preposition that opens what some verbs report with no أن: «دعا ... إلى وقف القصف», «شدد على
   * ضرورة ...». Null for the others, whose إلى / على is only a preposition.
   */
  static String prepositionOf(String lemma) {
    return switch (lemma) {
      case "دعا" -> "الي";
      case "شدد", "أكد" -> "علي";
      default -> null;
    };
  }
}
