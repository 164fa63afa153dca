package org.marsad.core.quotes;

/**
 * One statement attributed (or not) in an article. Offsets are into the article's original text, and
 * {@code text} is exactly {@code articleText.substring(start, end)}: for a direct quote the words inside
 * the quote marks, for reported speech the clause after إن / أن / ":".
 *
 * @param speaker the speaker's name or, when the text names no one, its description («المتحدث باسم ...»);
 *     null when unknown (an anonymous source such as «مصدر», or no speaker found)
 * @param speakerStart where {@code speaker} stands in the text (a role resolved to a person points at the
 *     person's name where the text gave it); -1 when {@code speaker} is null
 * @param verb the lemma of the speech verb («قال», «أضاف»...), null for a bare quote with no verb
 * @param direct true when the text is the speaker's own words in quote marks
 */
public record Quote(
    int start,
    int end,
    String text,
    String speaker,
    int speakerStart,
    int speakerEnd,
    String verb,
    boolean direct) {}
