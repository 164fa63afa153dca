package org.marsad.core.summary;

/**
 * One sentence of a summary and where it comes from: {@code text} is exactly
 * {@code article.text().substring(start, end)} of the article whose id is {@code articleId}.
 */
public record SummarySentence(String articleId, int start, int end, String text) {}
