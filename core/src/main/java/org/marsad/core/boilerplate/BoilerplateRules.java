package org.marsad.core.boilerplate;

import java.util.ArrayList;
import java.util.List;
import org.marsad.core.model.Span;
import org.marsad.core.model.SpanKind;
import org.marsad.core.paragraphs.ParagraphSplitter;

/** The boilerplate rules that need only one article, applied together. Thread-safe (immutable). */
public final class BoilerplateRules {

  private final List<BoilerplateRule> rules;

  public BoilerplateRules(List<BoilerplateRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** Read-also links, image notices, share prompts. */
  public static BoilerplateRules defaults() {
    return new BoilerplateRules(List.of(new ReadAlsoRule(), new ImageNoticeRule(), new SharePromptRule()));
  }

  /** The BOILERPLATE spans all rules find in {@code paragraph}, in rule order. */
  public List<Span> find(String text, Span paragraph) {
    List<Span> out = null;
    for (BoilerplateRule rule : rules) {
      List<Span> found = rule.find(text, paragraph);
      if (found.isEmpty()) continue;
      if (out == null) out = new ArrayList<>(2);
      out.addAll(found);
    }
    return out == null ? List.of() : out;
  }

  /**
   * For {@link ParagraphSplitter}: a line any rule marks must stay a paragraph of its own, so that a
   * read-also line is never glued to the article text by the line-wrap rule.
   */
  public ParagraphSplitter.StandaloneLine asStandaloneLine() {
    return (text, start, end) -> !find(text, new Span(SpanKind.PARAGRAPH, start, end)).isEmpty();
  }
}
